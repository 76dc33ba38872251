package org.hearsay.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokenLettersTest {

    @Test
    void aBrokenCharacterInsideAWordBecomesALetter() {
        String text = "Mayor Pe\u00c3\u00b1a and Gar\u00c3\u0083\u00c2\u00a7on, born in A\u0303\u0083A\u0302\u00a7ores, spoke.";
        assertThat(BrokenLetters.asLetters(text)).hasSameSizeAs(text)
                .isEqualTo("Mayor Pe\u00c3xa and Gar\u00c3x\u00c2xon, born in A\u0303xA\u0302xores, spoke.");
    }

    @Test
    void signsBetweenWordsAndTheNoBreakSpaceStay() {
        String text = "It rose \u00b15% \u00a7 4, Gov.\u00c2\u00a0Ortiz said \u00bfwhy?\u00a0Ruiz \u00a9 2016.";
        assertThat(BrokenLetters.asLetters(text)).isSameAs(text);
    }
}
