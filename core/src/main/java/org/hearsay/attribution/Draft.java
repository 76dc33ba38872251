package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.model.AttributionKind;
import org.hearsay.parse.CharSpan;

import java.util.ArrayList;
import java.util.List;

/** An attribution while the stages are still filling it in. Confined to one analysis, never shared. */
final class Draft {

    /** The cue, or null for a continuation quote. */
    Cue cue;
    /** The token heading the source phrase, or -1 (none, or a layout source found without the parse). */
    int sourceHead = -1;
    CharSpan source;
    final List<CharSpan> contents = new ArrayList<>();
    int recipientHead = -1;
    CharSpan recipient;
    final List<CharSpan> hedges = new ArrayList<>();
    /** For a continuation quote: the attribution whose speaker it continues. */
    Draft continues;
    Draft parent;
    AttributionKind kind = AttributionKind.INDIRECT;
    double confidence;
    String id;

    Draft(Cue cue) {
        this.cue = cue;
    }

    int start() {
        int s = Integer.MAX_VALUE;
        if (cue != null) {
            s = cue.span().begin();
        }
        if (source != null) {
            s = Math.min(s, source.begin());
        }
        for (CharSpan c : contents) {
            s = Math.min(s, c.begin());
        }
        return s;
    }

    int contentEnd() {
        int e = -1;
        for (CharSpan c : contents) {
            e = Math.max(e, c.end());
        }
        return e;
    }

    boolean contentOverlaps(CharSpan span) {
        for (CharSpan c : contents) {
            if (c.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The smallest content fragment holding {@code span}, or null. */
    CharSpan contentHolding(CharSpan span) {
        CharSpan best = null;
        for (CharSpan c : contents) {
            if (c.contains(span) && (best == null || c.length() < best.length())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Gives up the part of the content between {@code from} and {@code to}: a fragment running into that
     * stretch ends before it, trimmed of the spaces and commas left at its end; one inside it goes.
     */
    void cutContent(String text, int from, int to) {
        List<CharSpan> keep = new ArrayList<>();
        for (CharSpan c : contents) {
            if (c.end() <= from || c.begin() >= to) {
                keep.add(c);
            } else if (c.begin() < from) {
                int e = endBefore(text, c.begin(), from);
                if (e > c.begin()) {
                    keep.add(new CharSpan(c.begin(), e));
                }
            }
        }
        contents.clear();
        contents.addAll(keep);
    }

    /**
     * Takes {@code span} out of the content, keeping what lies on either side of it in each fragment, trimmed
     * of the spaces and punctuation left at the cut; a piece with nothing but punctuation and words like
     * "by" goes.
     */
    void removeFromContent(String text, CharSpan span) {
        List<CharSpan> keep = new ArrayList<>();
        for (CharSpan c : contents) {
            if (!c.overlaps(span)) {
                keep.add(c);
                continue;
            }
            int e = Math.max(c.begin(), endBefore(text, c.begin(), span.begin()));
            int b = startAfter(text, span.end(), c.end());
            for (CharSpan piece : new CharSpan[] {new CharSpan(c.begin(), e), new CharSpan(Math.min(b, c.end()), c.end())}) {
                if (saysSomething(piece.of(text))) {
                    keep.add(piece);
                }
            }
        }
        contents.clear();
        contents.addAll(keep);
    }

    /** Where a piece running from {@code begin} to a cut at {@code cut} ends, without the spaces and commas left at the cut. */
    static int endBefore(String text, int begin, int cut) {
        int e = cut;
        while (e > begin && isCutLeftover(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Where a piece running from a cut at {@code cut} to {@code end} starts, without the spaces and commas left at the cut. */
    static int startAfter(String text, int cut, int end) {
        int b = cut;
        while (b < end && isCutLeftover(text.charAt(b))) {
            b++;
        }
        return b;
    }

    private static boolean isCutLeftover(char c) {
        return Character.isWhitespace(c) || ",;:—–-".indexOf(c) >= 0;
    }

    private static final java.util.Set<String> LINKS = java.util.Set.of("by", "of", "to", "in", "on", "at", "for",
            "with", "from", "about", "the", "a", "an", "and", "or", "but", "that", "said", "says");

    private static boolean saysSomething(String piece) {
        for (String w : piece.split("[^\\p{L}\\p{N}'’]+")) {
            if (!w.isEmpty() && !LINKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Adds a content fragment, merging it with any it overlaps, keeping fragments in text order. */
    void addContent(CharSpan span) {
        CharSpan merged = span;
        List<CharSpan> keep = new ArrayList<>();
        for (CharSpan c : contents) {
            if (c.overlaps(merged)) {
                merged = merged.union(c);
            } else {
                keep.add(c);
            }
        }
        keep.add(merged);
        keep.sort(null);
        contents.clear();
        contents.addAll(keep);
    }
}
