package org.hearsay.parse;

/**
 * Shows the tokenizer a name whose accented letters a wrong encoding broke as one word. Copy that was
 * decoded as Latin-1 once or twice too often writes "Peña" as "PeÃ±a" and "François" as
 * "FranÃ\u0083Â§ois"; CoreNLP splits such a word at the symbol ("±", "§") or control character inside
 * it, tags the pieces as a noun, a symbol and a determiner, and the speaker's name comes out cut
 * ("ois Hollande") or lost. Each such character between letters is shown as a letter, so the word
 * stays whole; hearsay reads the word itself from the original. The result has the same length as the
 * input, so every offset into it is an offset into the original. Stateless.
 */
final class BrokenLetters {

    private BrokenLetters() {
    }

    /** The text with each broken character inside a word written as a letter; the text itself when it has none. */
    static String asLetters(String text) {
        char[] out = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (isBroken(text.charAt(i)) && isWordPart(text.charAt(i - 1))) {
                int end = i;
                while (end < text.length() && isBroken(text.charAt(end))) {
                    end++;
                }
                if (end < text.length() && isWordPart(text.charAt(end))) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    for (int k = i; k < end; k++) {
                        out[k] = 'x';
                    }
                }
                i = end;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * A C1 control character or a Latin-1 sign ("¡" to "¿"), the second half of a letter encoded twice;
     * not the no-break space, which stands between words.
     */
    private static boolean isBroken(char c) {
        return c >= '\u0080' && c <= '\u00bf' && c != '\u00a0';
    }

    /** A letter or a combining accent ("A" and U+0303 for "Ã"). */
    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
