package org.hearsay.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the tokenizer a legislator's party-and-state label as one word. American papers write
 * "Rep. Ana Ortiz (D-Md.) said" and "Sen. Tomas Ruiz, R-S.C., said"; CoreNLP knows some state
 * abbreviations and not others, so "R-S.C." came out as "R-S.C" and a full stop that ended the
 * sentence before "said", and "(D-Md.)" as three words the parser hung on the name in odd ways: the
 * speaker was lost. Each label in brackets or between commas is shown with its hyphen and full stops
 * as letters ("RxSxCx"), which the tokenizer keeps whole and the parser takes as an apposition to the
 * name; hearsay reads the word itself from the original. The result has the same length as the input,
 * so every offset into it is an offset into the original. Stateless.
 */
public final class PartyLabels {

    /** A party letter, a hyphen or en dash, a state (or district) written as a word or an abbreviation. */
    private static final String FORM = "[DRI][-–](?:[A-Z][a-z]{0,9}\\.?|[A-Z]\\.[A-Z][a-z]?\\.?|[A-Z]{2})";
    private static final Pattern LABEL = Pattern.compile("(?<=\\(|, )" + FORM + "(?=\\)|,)");
    private static final Pattern WORD = Pattern.compile(FORM);

    private PartyLabels() {
    }

    /** Whether a word is a party label: "D-Md.", "R-S.C.", "I-Vt.", "R-Texas", "R-TX". */
    public static boolean isLabel(String word) {
        return WORD.matcher(word).matches();
    }

    /** The text with each party label written as one word of the same length; the text itself when it has none. */
    static String asWords(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] out = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (!Character.isLetter(out[i])) {
                    out[i] = 'x';
                }
            }
        } while (m.find());
        return new String(out);
    }
}
