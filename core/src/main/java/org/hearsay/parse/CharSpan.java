package org.hearsay.parse;

/** A half-open range of UTF-16 chars, the pipeline's internal unit; converted to code points on output. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("char span [" + begin + ", " + end + ") is not a range");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return end == begin;
    }

    public boolean overlaps(CharSpan o) {
        return begin < o.end && o.begin < end;
    }

    public boolean contains(CharSpan o) {
        return begin <= o.begin && o.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public int overlap(CharSpan o) {
        return Math.max(0, Math.min(end, o.end) - Math.max(begin, o.begin));
    }

    public CharSpan union(CharSpan o) {
        return new CharSpan(Math.min(begin, o.begin), Math.max(end, o.end));
    }

    /** This span without the whitespace at either end of it in {@code text}; empty when it is all whitespace. */
    public CharSpan strip(String text) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new CharSpan(b, e);
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
