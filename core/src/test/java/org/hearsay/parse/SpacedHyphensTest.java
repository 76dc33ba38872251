package org.hearsay.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpacedHyphensTest {

    @Test
    void aHyphenBetweenSpacesBecomesADashAndOneInAWordStays() {
        String text = "Alvarez - who runs the cross-border ferry - said so - twice.";
        assertThat(SpacedHyphens.asDashes(text)).hasSameSizeAs(text)
                .isEqualTo("Alvarez – who runs the cross-border ferry – said so – twice.");
    }

    @Test
    void textWithoutSpacedHyphensIsReturnedAsItIs() {
        String text = "The port's night-shift ban, in 2024-25, and a -5 reading.";
        assertThat(SpacedHyphens.asDashes(text)).isSameAs(text);
    }
}
