package org.hearsay.parse;

/**
 * Shows the tagger and parser that a hyphen standing alone between spaces is a dash. Several papers
 * (the Washington Post's wire copy among them) set a dash as a spaced hyphen: "Alvarez - who once said
 * he would shut the port - said on Monday …". CoreNLP tags such a hyphen as one inside a word, and
 * the parse then loses the subject of "said". Written as an en dash, the tokenizer reads it as the
 * dash it is. The result has the same length as the input, so every offset into it is an offset into
 * the original. Stateless.
 */
final class SpacedHyphens {

    private SpacedHyphens() {
    }

    /** The text with each hyphen between two spaces written as an en dash; the text itself when it has none. */
    static String asDashes(String text) {
        int i = text.indexOf(" - ");
        if (i < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i >= 0; i = text.indexOf(" - ", i + 2)) {
            out[i + 1] = '–';
        }
        return new String(out);
    }
}
