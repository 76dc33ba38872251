package org.hearsay.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineCaseTest {

    private static final String BODY = "\n\nHarbour minister Ana Ortiz on Tuesday accused the ferry board of hiding the accounts. "
            + "The board calls the charge a disgrace, and the FBI has not commented. McAllister, the chairman, declined to speak.\n";

    @Test
    void aTitleCaseHeadlineTakesTheCaseOfTheArticle() {
        String text = "Minister Ortiz Calls Ferry Board ‘A Disgrace’ Over Hidden Accounts." + BODY;
        String restored = HeadlineCase.restore(text);
        assertThat(restored).hasSameSizeAs(text)
                .startsWith("minister Ortiz calls ferry board ‘a disgrace’ over hidden accounts.")
                .endsWith(BODY);
    }

    @Test
    void capitalsInsideAWordAndWholeCapitalsStay() {
        String text = "FBI Questions McAllister About Board Accounts" + BODY;
        assertThat(HeadlineCase.restore(text)).startsWith("FBI questions McAllister about board accounts");
    }

    @Test
    void theFirstWordKeepsItsCapitalWhenTheArticleNeverUsesIt() {
        String text = "Dockworkers Accuse Ortiz Of Hiding Accounts" + BODY;
        assertThat(HeadlineCase.restore(text)).startsWith("Dockworkers accuse Ortiz of hiding accounts");
    }

    @Test
    void sentenceCaseTextIsLeftAsItIs() {
        String text = "Ortiz accuses the ferry board of hiding its accounts" + BODY;
        assertThat(HeadlineCase.restore(text)).isSameAs(text);
        assertThat(HeadlineCase.isTitleCase("The Board Of The Port", 0, 21)).isTrue();
        assertThat(HeadlineCase.isTitleCase("Ortiz and the board", 0, 19)).isFalse();
    }
}
