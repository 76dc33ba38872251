package org.hearsay.attribution;

import org.hearsay.model.AttributionKind;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.quotes.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quotation with no cue that follows someone's quoted words continues that speaker. In the same
 * paragraph ({@code "…," she said. "…"}) it is more of the same statement and joins that attribution's
 * contents, as PolNeAR annotates it; in a later paragraph it becomes an attribution of its own, of kind
 * {@code continuation}. Short quotes with no cue ("a new 'batch'") are scare quotes or titles and get no
 * speaker. Stateless.
 */
final class ContinuationFinder {

    /** A quote shorter than this, with no cue, is a scare quote or a title, not speech. */
    static final int MIN_WORDS = 5;
    /** How many paragraphs back the previous speaker may be. */
    private static final int MAX_PARAGRAPH_GAP = 2;

    /** Adds continuation quotes to {@code drafts}: as fragments of an earlier one or as new drafts. */
    void find(Parse parse, List<Quote> quotes, Set<Quote> attached, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        String text = parse.text();
        for (Quote q : quotes) {
            if (attached.contains(q) || q.words(text) < MIN_WORDS || isInsideContent(q, drafts)) {
                continue;
            }
            Draft previous = null;
            for (Draft d : drafts) {
                if (d.contentEnd() <= q.begin() && hasQuote(d, quotes) && (previous == null || d.contentEnd() > previous.contentEnd())) {
                    previous = d;
                }
            }
            for (Draft d : out) {
                if (d.contentEnd() <= q.begin() && (previous == null || d.contentEnd() > previous.contentEnd())) {
                    previous = d;
                }
            }
            if (previous == null || hasOtherAttributionBetween(parse, previous, q, drafts)) {
                continue;
            }
            int gap = parse.paragraphIndex(q.begin()) - parse.paragraphIndex(previous.contentEnd() - 1);
            if (gap < 0 || gap > MAX_PARAGRAPH_GAP) {
                continue;
            }
            if (gap == 0) {
                for (CharSpan f : q.fragments()) {
                    previous.addContent(f);
                }
                previous.kind = previous.kind == AttributionKind.INDIRECT ? AttributionKind.MIXED : previous.kind;
                continue;
            }
            Draft c = new Draft(null);
            c.kind = AttributionKind.CONTINUATION;
            c.continues = previous.continues != null ? previous.continues : previous;
            for (CharSpan f : q.fragments()) {
                c.addContent(f);
            }
            out.add(c);
        }
        drafts.addAll(out);
    }

    private static boolean hasQuote(Draft d, List<Quote> quotes) {
        for (Quote q : quotes) {
            for (CharSpan f : q.fragments()) {
                if (d.contentOverlaps(f)) {
                    return true;
                }
            }
        }
        return d.kind == AttributionKind.CONTINUATION;
    }

    /** Someone else's cue between the previous quote and this one breaks the continuation. */
    private static boolean hasOtherAttributionBetween(Parse parse, Draft previous, Quote q, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d != previous && d.cue != null && d.cue.span().begin() > previous.contentEnd() && d.cue.span().end() <= q.begin()
                    && !sameSource(parse, d, previous)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSource(Parse parse, Draft a, Draft b) {
        if (a.source == null || b.source == null) {
            return a.source == b.source;
        }
        return a.source.of(parse.text()).equalsIgnoreCase(b.source.of(parse.text()));
    }

    private static boolean isInsideContent(Quote q, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.contentHolding(q.cover()) != null) {
                return true;
            }
        }
        return false;
    }
}
