package org.hearsay.quotes;

import org.hearsay.parse.CharSpan;

import java.util.List;

/**
 * A quotation found by its marks.
 *
 * @param fragments one span per paragraph, each from its opening mark to its closing mark (or to the
 *                  end of the paragraph where a multi-paragraph quote reopens on the next one)
 * @param closed    false when no closing mark was found and the quote was cut at its paragraph's end
 */
public record Quote(List<CharSpan> fragments, boolean closed) {

    public Quote {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one fragment");
        }
    }

    public CharSpan cover() {
        return fragments.get(0).union(fragments.get(fragments.size() - 1));
    }

    public int begin() {
        return fragments.get(0).begin();
    }

    public int end() {
        return fragments.get(fragments.size() - 1).end();
    }

    /**
     * Whether a closed quote among these holds the span {@code [begin, end)} strictly inside one of its
     * fragments: "I think" inside someone's quote belongs to that quote. An unclosed quote's extent is a
     * guess, so it holds nothing.
     */
    public static boolean anySurrounds(List<Quote> quotes, int begin, int end) {
        for (Quote q : quotes) {
            if (!q.closed()) {
                continue;
            }
            for (CharSpan f : q.fragments()) {
                if (f.begin() < begin && end < f.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of words inside the marks. */
    public int words(String text) {
        int n = 0;
        for (CharSpan f : fragments) {
            boolean inWord = false;
            for (int i = f.begin(); i < f.end(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    n++;
                }
                inWord = letter;
            }
        }
        return n;
    }
}
