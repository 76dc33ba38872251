package org.hearsay.attribution;

import org.hearsay.cues.CueClass;
import org.hearsay.cues.CueLexicon;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Token;

import java.util.BitSet;
import java.util.Set;

/**
 * Finds to whom something was said: the object of "told", "assured", "warned"; the "to" phrase of
 * "said to reporters", "wrote to the committee". Stateless.
 */
final class RecipientFinder {

    /**
     * Verbs whose object is the one told and whose content follows it. Not "urge", "ask" or "promise":
     * annotators keep their object in the content ("urging him to bow out") as often as not.
     */
    private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "remind", "notify");

    private final CueLexicon lexicon;

    RecipientFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Parse parse, Draft draft) {
        if (draft.cue == null || draft.cue.kind() != CueClass.SPEECH) {
            return;
        }
        int verb = draft.cue.head();
        int recipient = -1;
        if (lexicon.objectIsRecipient(draft.cue.lemma())) {
            recipient = parse.child(verb, "iobj", "obj");
        }
        if (recipient < 0) {
            for (int c : parse.children(verb)) {
                Token t = parse.token(c);
                if (!t.baseRelation().equals("obl") && !t.baseRelation().equals("nmod")) {
                    continue;
                }
                int kase = parse.child(c, "case");
                if (kase >= 0 && parse.token(kase).lemma().equals("to") && isAddressee(t)) {
                    recipient = c;
                    break;
                }
            }
        }
        if (recipient < 0) {
            return;
        }
        BitSet tokens = parse.subtree(recipient);
        int kase = parse.child(recipient, "case");
        if (kase >= 0) {
            tokens.clear(kase);
        }
        CharSpan span = PhraseSpans.trimmedCover(parse, tokens);
        if (span != null && !draft.contents.isEmpty() && TELLING.contains(draft.cue.lemma())
                && parse.token(recipient).baseRelation().matches("i?obj")) {
            leaveOut(parse.text(), draft, span);
        }
        if (span == null || draft.contentOverlaps(span) || (draft.source != null && draft.source.overlaps(span))) {
            return;
        }
        draft.recipientHead = recipient;
        draft.recipient = span;
    }

    /**
     * "told reporters the port would reopen": where the content begins with the one told and goes on past
     * it, the content is what follows (PolNeAR's annotators leave the one told out of it).
     */
    private static void leaveOut(String text, Draft draft, CharSpan told) {
        CharSpan first = draft.contents.get(0);
        if (first.begin() == told.begin() && first.end() > told.end()) {
            CharSpan rest = new CharSpan(told.end(), first.end()).strip(text);
            if (!rest.isEmpty()) {
                draft.contents.set(0, rest);
            }
        }
    }

    private static boolean isAddressee(Token t) {
        return t.isProperNoun() || t.tag().equals("PRP") || t.tag().equals("NNS") || !t.ner().equals("O");
    }
}
