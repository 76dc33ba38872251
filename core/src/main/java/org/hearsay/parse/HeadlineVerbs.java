package org.hearsay.parse;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Gives back the verb of a headline that the tagger read as a plural noun: in "Ortiz blasts union over
 * closure" or "Union pledges to keep port closed" the tagger, trained on running text, sees a row of
 * nouns ("Ortiz blasts" like "Ortiz supporters") and the parser then finds no clause. A line with no
 * finite verb whose plural noun stands after a noun and before what a verb would take (an article, a
 * name, a pronoun, "to", a preposition) is retagged as a verb before the parse. Stateless.
 */
final class HeadlineVerbs {

    /** What may follow a verb in a headline: the start of its object or complement. */
    private static final Set<String> OPENERS = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "TO", "IN", "CD", "``", "JJ", "RP");

    private HeadlineVerbs() {
    }

    /** Retags, in place, the misread verb of a sentence with no finite verb; true when one was. */
    static boolean restore(List<CoreLabel> sentence) {
        for (CoreLabel l : sentence) {
            String tag = l.tag();
            if (tag == null || tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD")) {
                return false;
            }
        }
        for (int i = 1; i + 1 < sentence.size(); i++) {
            CoreLabel before = sentence.get(i - 1);
            CoreLabel l = sentence.get(i);
            if (l.tag().equals("NNS") && before.tag().startsWith("NN") && OPENERS.contains(sentence.get(i + 1).tag())
                    && Character.isLowerCase(l.word().charAt(0))) {
                l.setTag("VBZ");
                return true;
            }
        }
        return false;
    }
}
