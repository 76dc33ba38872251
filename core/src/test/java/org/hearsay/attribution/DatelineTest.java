package org.hearsay.attribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a dateline before the first words of a story, and what does not. */
class DatelineTest {

    @Test
    void aCityInCapitalsWithItsDashIsADateline() {
        assertThat(AttributionExtractor.datelineEnd("VALMORA — Dockworkers walked out")).isEqualTo("VALMORA — ".length());
        assertThat(AttributionExtractor.datelineEnd("VALMORA (Harbour Wire) -- Ortiz said")).isEqualTo("VALMORA (Harbour Wire) -- ".length());
    }

    @Test
    void aStateAfterTheCityBelongsToTheDateline() {
        assertThat(AttributionExtractor.datelineEnd("HARBOURTON, Cal. — Sen. Lena Ortiz (D-Cal.) weighed in"))
                .isEqualTo("HARBOURTON, Cal. — ".length());
        assertThat(AttributionExtractor.datelineEnd("PORT ELLEN, New Valmora - The council voted"))
                .isEqualTo("PORT ELLEN, New Valmora - ".length());
    }

    @Test
    void aHyphenInsideANameIsNoDateline() {
        assertThat(AttributionExtractor.datelineEnd("KVLM-TV reported the strike")).isEqualTo(-1);
        assertThat(AttributionExtractor.datelineEnd("AB-Harbour Poll shows")).isEqualTo(-1);
    }
}
