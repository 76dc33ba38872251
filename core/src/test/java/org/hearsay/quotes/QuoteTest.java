package org.hearsay.quotes;

import org.hearsay.parse.CharSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteTest {

    /** The quote of: "I think we will win," Ortiz said. */
    private static final Quote CLOSED = new Quote(List.of(new CharSpan(0, 22)), true);

    @Test
    void aClosedQuoteHoldsWhatIsStrictlyInsideItsMarks() {
        assertThat(Quote.anySurrounds(List.of(CLOSED), 3, 8)).as("think").isTrue();
        assertThat(Quote.anySurrounds(List.of(CLOSED), 0, 2)).as("from the opening mark").isFalse();
        assertThat(Quote.anySurrounds(List.of(CLOSED), 29, 33)).as("said, after it").isFalse();
    }

    @Test
    void anUnclosedQuoteHoldsNothing() {
        Quote open = new Quote(List.of(new CharSpan(0, 22)), false);
        assertThat(Quote.anySurrounds(List.of(open), 3, 8)).isFalse();
        assertThat(Quote.anySurrounds(List.of(), 3, 8)).isFalse();
    }
}
