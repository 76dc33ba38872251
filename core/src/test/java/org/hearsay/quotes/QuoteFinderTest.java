package org.hearsay.quotes;

import org.hearsay.parse.CharSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

    /** The text of each quote found, the whole text one paragraph. */
    private static List<String> quotes(String text) {
        return new QuoteFinder().find(text, List.of(new CharSpan(0, text.length()))).stream()
                .map(q -> q.cover().of(text)).toList();
    }

    @Test
    void curlyAndStraightMarksQuoteWhatIsBetweenThem() {
        assertThat(quotes("“We will reopen,” Ruiz said. \"Not yet,\" Ortiz said."))
                .containsExactly("“We will reopen,”", "\"Not yet,\"");
    }

    @Test
    void marksFacingTheWrongWayStillOpenAndClose() {
        assertThat(quotes("”We will reopen the port in May.” ― Ana Ortiz")).containsExactly("”We will reopen the port in May.”");
        assertThat(quotes("“It will be fine here,“ said Ruiz.")).containsExactly("“It will be fine here,“");
    }

    @Test
    void aQuoteInsideAQuoteWithTheSameMarksStaysInside() {
        assertThat(quotes("“I would rather live in what he calls “hell” than wait,” said Ortiz."))
                .containsExactly("“I would rather live in what he calls “hell” than wait,”");
    }

    @Test
    void anUnbalancedMarkStillGivesWayToTheNextQuote() {
        assertThat(quotes("The “strike began. Then “We will win,” Ruiz said."))
                .containsExactly("“We will win,”");
    }
}
