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
