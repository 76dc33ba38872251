package org.hearsay.ingest.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScoreTest {

    @Test
    void countsSharedAndUnsharedShingles() {
        // truth: a b c d e -> shingles abcd, bcde; predicted: a b c d x -> abcd, bcdx
        ExtractionScore.PageScore s = ExtractionScore.score("a b c d e", "a b c d x");
        assertThat(s).isEqualTo(new ExtractionScore.PageScore(1, 1, 1));
    }

    @Test
    void shortTextsAreOneShingleAndEmptyIsNone() {
        assertThat(ExtractionScore.shingles("two words")).containsOnlyKeys("two words");
        assertThat(ExtractionScore.shingles(" ,. ")).isEmpty();
    }

    @Test
    void meansSkipPagesWithNothingToMeasure() {
        ExtractionScore score = new ExtractionScore();
        score.add("one two three four five", "one two three four five"); // P 1, R 1
        score.add("one two three four five", "");                        // no P, R 0
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void wordsAreUnicode() {
        assertThat(ExtractionScore.shingles("Zelenskyy’s café in Kyïv opens")).containsKey("Zelenskyy s café in");
    }
}
