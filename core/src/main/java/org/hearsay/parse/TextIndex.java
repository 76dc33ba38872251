package org.hearsay.parse;

import org.hearsay.model.Span;

/**
 * Converts between the UTF-16 char offsets Java and CoreNLP count in and the Unicode code points
 * hearsay's output counts in. Built once per text.
 */
public final class TextIndex {

    private final String text;
    private final int[] codePointAt; // char offset -> code point offset

    public TextIndex(String text) {
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
            codePointAt[i + 1] = cp;
        }
        // a low surrogate shares its code point with the high one before it
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                codePointAt[i] = codePointAt[i - 1];
            }
        }
    }

    public String text() {
        return text;
    }

    public int codePoints() {
        return codePointAt[text.length()];
    }

    public int toCodePoint(int charOffset) {
        return codePointAt[charOffset];
    }

    public int toChar(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePoints()) {
            throw new IndexOutOfBoundsException("code point offset " + codePointOffset + " is outside [0, " + codePoints() + "]");
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    public Span span(CharSpan s) {
        return new Span(codePointAt[s.begin()], codePointAt[s.end()], s.of(text));
    }

    public CharSpan chars(int codePointStart, int codePointEnd) {
        return new CharSpan(toChar(codePointStart), toChar(codePointEnd));
    }
}
