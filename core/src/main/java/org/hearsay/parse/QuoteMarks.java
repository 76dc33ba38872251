package org.hearsay.parse;

import java.util.Set;

/**
 * Quotation marks as tokens: the tokenizer keeps each as written, so a mark may be straight ("), curly
 * (“ ”), doubled apostrophes or back-ticks ('' ``, as some papers write them) or a guillemet.
 * Single marks (‘ ’) are apostrophes as often as quotes and are their own set.
 */
public final class QuoteMarks {

    private static final Set<String> DOUBLE = Set.of("\"", "“", "”", "``", "''", "«", "»", "„");
    private static final Set<String> SINGLE = Set.of("‘", "’");
    /** Marks that may close a quote; the straight ones open and close alike. */
    private static final Set<String> CLOSING = Set.of("\"", "”", "''", "»", "’");
    /** Marks that may open a quote ('' is left out: in papers that use it, it mostly closes). */
    private static final Set<String> OPENING = Set.of("\"", "“", "``", "«", "„", "‘");

    private QuoteMarks() {
    }

    /** A double quotation mark of any style. */
    public static boolean isDouble(String word) {
        return DOUBLE.contains(word);
    }

    /** A double quotation mark, or a single curly one. */
    public static boolean isAny(String word) {
        return DOUBLE.contains(word) || SINGLE.contains(word);
    }

    /** A mark that may end a quote, double or single. */
    public static boolean mayClose(String word) {
        return CLOSING.contains(word);
    }

    /** A mark that may begin a quote, double or single. */
    public static boolean mayOpen(String word) {
        return OPENING.contains(word);
    }
}
