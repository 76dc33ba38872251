package org.hearsay.cues;

import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the {@link CueModel}'s clause step reads about a parsed verb: the shape of its clause. A verb
 * nobody listed ("chastised", "understates") reports a position when a person or an organisation is
 * its subject and it takes a clause, an object or a topic ("of", "about", "on"); the same verb with a
 * storm for subject does not. Every feature starts with {@code c|}. Stateless.
 */
final class ClauseFeatures {

    /** What every feature's name starts with. */
    static final String PREFIX = "c|";

    private ClauseFeatures() {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it", "who", "which", "that");
    static List<String> of(Parse parse, int verb) {
        Token v = parse.token(verb);
        String lemma = v.lemma();
        List<String> f = new ArrayList<>();
        f.add("c|lemma=" + lemma);
        f.add("c|tag=" + v.tag());
        f.add("c|rel=" + v.baseRelation());
        if (v.head() >= 0) {
            f.add("c|gov=" + parse.token(v.head()).lemma() + "/" + v.baseRelation());
        }
        String subject = subjectType(parse, verb);
        f.add("c|subj=" + subject);
        f.add("c|lemma+subj=" + lemma + "/" + subject);
        boolean clause = false;
        for (int c : parse.children(verb)) {
            Token t = parse.token(c);
            String rel = t.relation();
            if (rel.equals("punct") || rel.startsWith("nsubj")) {
                continue;
            }
            int marker = parse.child(c, "case", "mark");
            String kind = marker >= 0 ? rel + ":" + parse.token(marker).lemma() : rel;
            f.add("c|child=" + kind + (c < verb ? "<" : ">"));
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") || rel.equals("parataxis")) {
                f.add("c|lemma+child=" + lemma + "/" + rel);
            }
            if (rel.equals("aux")) {
                f.add("c|aux=" + t.lemma());
            }
            clause |= rel.equals("ccomp") || rel.equals("parataxis") || (rel.equals("dep") && t.isVerb());
        }
        f.add("c|clause=" + clause + "/" + subject);
        f.add("c|prev=" + word(parse, v, verb - 1));
        f.add("c|next=" + word(parse, v, verb + 1));
        var s = parse.sentenceOf(v);
        boolean quote = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            quote |= QuoteMarks.isDouble(parse.token(k).word());
        }
        if (quote) {
            f.add("c|quote-in-sentence");
        }
        if (verb > s.firstToken() && parse.token(verb - 1).word().equals(",")) {
            f.add("c|after-comma");
        }
        return f;
    }

    /** The named-entity class, pronoun or "noun:lemma" of the verb's subject (borrowed one step up), or "none". */
    private static String subjectType(Parse parse, int verb) {
        int v = verb;
        for (int hops = 0; hops < 2 && v >= 0; hops++) {
            int s = parse.child(v, "nsubj", "nsubj:pass", "csubj");
            if (s >= 0) {
                Token t = parse.token(s);
                String w = t.word().toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(w)) {
                    return "pron:" + w;
                }
                if (!t.ner().equals("O")) {
                    return "ner:" + t.ner();
                }
                return t.isNoun() ? "noun:" + t.lemma() : "other";
            }
            String rel = parse.token(v).baseRelation();
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl"))) {
                break;
            }
            v = parse.token(v).head();
        }
        return "none";
    }

    private static String word(Parse parse, Token v, int i) {
        if (i < 0 || i >= parse.tokens().size() || parse.token(i).sentence() != v.sentence()) {
            return "<s>";
        }
        return parse.token(i).lemma();
    }
}
