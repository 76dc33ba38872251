package org.hearsay.cues;

import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every word the lexicon says may signal an attribution. Whether a candidate really is one is
 * decided later, by whether a source and content can be found for it. Thread-safe.
 */
public final class CueDetector {

    private final CueLexicon lexicon;

    public CueDetector(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public CueLexicon lexicon() {
        return lexicon;
    }

    public List<Cue> detect(Parse parse) {
        List<Cue> out = new ArrayList<>();
        List<Token> tokens = parse.tokens();
        for (Token t : tokens) {
            if (isAccordingTo(parse, t)) {
                Token to = tokens.get(t.index() + 1);
                out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(t.begin(), to.end()), "according to"));
                continue;
            }
            if (t.isNoun() && MEDIA.contains(t.lemma()) && t.head() >= 0 && parse.token(t.head()).isVerb()
                    && (t.baseRelation().equals("obl") || t.baseRelation().equals("nmod"))) {
                int in = parse.child(t.index(), "case");
                if (in >= 0 && parse.token(in).lemma().equals("in") && in < t.index()) {
                    out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(parse.token(in).begin(), t.end()), IN_A_STATEMENT));
                    continue;
                }
            }
            if (t.isVerb() && !t.relation().equals("amod")) {
                lexicon.verb(t.lemma()).ifPresent(kind -> {
                    if (t.lemma().equals("point") && parse.child(t.index(), "compound:prt") < 0) {
                        return; // "point" only as "point out"
                    }
                    out.add(new Cue(kind, t.index(), withParticle(parse, t), t.lemma()));
                });
            } else if (t.isNoun() && lexicon.isNoun(t.lemma())) {
                out.add(new Cue(CueClass.NOUN, t.index(), new CharSpan(t.begin(), t.end()), t.lemma()));
            } else if (t.tag().startsWith("JJ") && lexicon.isAdjective(t.lemma())) {
                out.add(new Cue(CueClass.ADJECTIVE, t.index(), new CharSpan(t.begin(), t.end()), t.lemma()));
            }
        }
        return out;
    }

    /** The lemma given to "in a statement", "in an interview" and their kin. */
    public static final String IN_A_STATEMENT = "in a statement";

    private static final java.util.Set<String> MEDIA = java.util.Set.of(
            "statement", "interview", "tweet", "post", "letter", "email", "e-mail", "memo", "op-ed", "speech",
            "column", "release", "blog", "video", "podcast", "filing", "editorial", "essay", "message");

    /** Whether a token, tagged but not yet parsed, could be part of a cue. */
    public boolean mayCue(Token t) {
        String lemma = t.lemma();
        return t.isVerb() && lexicon.verb(lemma).isPresent()
                || t.isNoun() && (lexicon.isNoun(lemma) || MEDIA.contains(lemma))
                || t.tag().startsWith("JJ") && lexicon.isAdjective(lemma)
                || t.word().equalsIgnoreCase("according")
                || lemma.equals("cite");
    }

    private static boolean isAccordingTo(Parse parse, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < parse.tokens().size()
                && parse.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    private static CharSpan withParticle(Parse parse, Token verb) {
        int prt = parse.child(verb.index(), "compound:prt");
        if (prt >= 0 && prt == verb.index() + 1) {
            return new CharSpan(verb.begin(), parse.token(prt).end());
        }
        return new CharSpan(verb.begin(), verb.end());
    }
}
