package org.hearsay.parse;

/**
 * One token of the analysed text.
 *
 * @param index    position in the whole document, from 0
 * @param sentence index of its sentence
 * @param begin    first char (UTF-16 index into the text)
 * @param end      one past its last char
 * @param word     the text as written
 * @param lemma    lower-case lemma
 * @param tag      Penn Treebank part of speech
 * @param ner      CoreNLP 3-class entity label (PERSON, ORGANIZATION, LOCATION) or "O"
 * @param head     document index of its dependency governor, -1 for a sentence root
 * @param relation Universal Dependencies relation to the governor ("nsubj", "acl:relcl"; "root")
 */
public record Token(int index, int sentence, int begin, int end, String word, String lemma, String tag,
                    String ner, int head, String relation) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPunctuation() {
        return relation.equals("punct") || !word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The relation without its subtype: "acl:relcl" gives "acl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
