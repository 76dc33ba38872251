package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueClass;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Source finding on parses written out by hand, to pin down how it reads a parser's slips. */
class SourceFinderTest {

    /**
     * "Ruiz also supported the effort." as the parser sometimes reads such a clause: no subject, the name
     * a loose dependant before the verb, and the object where an inverted speaker would hang.
     */
    private static Parse misreadClause(String verb) {
        return misreadClause(verb, verb, "also");
    }

    /** The same with the verb's lemma given and another word between name and verb: "also", or a comma. */
    private static Parse misreadClause(String verb, String lemma, String between) {
        String text = "Ruiz " + between + " " + verb + " the effort.";
        String[][] rows = {
                {"Ruiz", "NNP", "2", "dep", "PERSON"}, {between, between.equals(",") ? "," : "RB", "2", between.equals(",") ? "punct" : "advmod", "O"},
                {verb, "VBD", "-1", "root", "O"},
                {"the", "DT", "4", "det", "O"}, {"effort", "NN", "2", "obj", "O"}, {".", ".", "2", "punct", "O"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            int begin = text.indexOf(r[0], at);
            at = begin + r[0].length();
            String lower = i == 2 ? lemma : r[0].toLowerCase();
            tokens.add(new Token(i, 0, begin, at, r[0], lower, r[1], r[4], Integer.parseInt(r[2]), r[3]));
        }
        return new Parse(text, tokens, List.of(new Sentence(0, 0, tokens.size(), 0, text.length())));
    }

    private static String sourceOf(Parse parse, CueClass kind) {
        Token verb = parse.token(2);
        Draft d = new Draft(new Cue(kind, 2, new CharSpan(verb.begin(), verb.end()), verb.lemma()));
        new SourceFinder().find(parse, d);
        return d.source == null ? null : d.source.of(parse.text());
    }

    @Test
    void theObjectOfAVerbThatDoesNotSayIsNoInvertedSpeaker() {
        assertThat(sourceOf(misreadClause("supported"), CueClass.LEARNED)).isNotEqualTo("the effort");
    }

    @Test
    void aVerbOfSayingStillTakesItsSpeakerAfterIt() {
        // '"…," added the agency' is the shape this reading stands for with a verb of saying after a comma
        assertThat(sourceOf(misreadClause("added", "add", ","), CueClass.SPEECH)).isEqualTo("the effort");
        // without the comma the thing after it is no speaker: "Trump, whose views …, last year proposed a ban"
        assertThat(sourceOf(misreadClause("added", "add", "also"), CueClass.SPEECH)).isNotEqualTo("the effort");
    }

    @Test
    void aVerbOfTellingNeverTakesItsSpeakerAfterIt() {
        // "Joyce — who is an attorney — told The Post he's not …": the one after "told" was told
        assertThat(sourceOf(misreadClause("told", "tell", ","), CueClass.SPEECH)).isNotEqualTo("the effort");
    }
}
