package org.hearsay.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of quotation marks as tokens that the cue and attribution stages share. */
class QuoteMarksTest {

    @Test
    void everyStyleOfDoubleMarkIsOne() {
        for (String w : new String[] {"\"", "“", "”", "``", "''", "«", "»", "„"}) {
            assertThat(QuoteMarks.isDouble(w)).as(w).isTrue();
            assertThat(QuoteMarks.isAny(w)).as(w).isTrue();
        }
        assertThat(QuoteMarks.isDouble("’")).isFalse();
        assertThat(QuoteMarks.isAny("’")).isTrue();
        assertThat(QuoteMarks.isAny("'")).as("a bare apostrophe is no mark").isFalse();
    }

    @Test
    void straightMarksOpenAndCloseCurlyOnesOneOrTheOther() {
        assertThat(QuoteMarks.mayOpen("\"")).isTrue();
        assertThat(QuoteMarks.mayClose("\"")).isTrue();
        assertThat(QuoteMarks.mayOpen("“")).isTrue();
        assertThat(QuoteMarks.mayClose("“")).isFalse();
        assertThat(QuoteMarks.mayClose("”")).isTrue();
        assertThat(QuoteMarks.mayOpen("”")).isFalse();
        assertThat(QuoteMarks.mayOpen("«")).isTrue();
        assertThat(QuoteMarks.mayClose("»")).isTrue();
        assertThat(QuoteMarks.mayOpen(",")).isFalse();
    }
}
