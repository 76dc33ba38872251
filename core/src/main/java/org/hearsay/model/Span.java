package org.hearsay.model;

import java.util.Objects;

/**
 * A stretch of the analysed text: half-open {@code [start, end)}, counted in Unicode code points,
 * the convention of brat, Citron and Python tools. {@code text} is exactly the covered characters.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " < 0");
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " < start " + start);
        }
        Objects.requireNonNull(text, "span text");
        int length = text.codePointCount(0, text.length());
        if (length != end - start) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") covers " + (end - start) + " code points but its text has " + length);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")\"" + text + "\"";
    }
}
