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

    /**
     * A parse from rows of word, tag, head and relation (and a named-entity class, "O" when left out), the
     * text the words joined by spaces; lemmas are the words in lower case.
     */
    private static Parse parseOf(String... rows) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i].split(" ");
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(r[0]);
            tokens.add(new Token(i, 0, begin, text.length(), r[0], r[0].toLowerCase(), r[1], r.length > 4 ? r[4] : "O",
                    Integer.parseInt(r[2]), r[3]));
        }
        return new Parse(text.toString(), tokens, List.of(new Sentence(0, 0, tokens.size(), 0, text.length())));
    }

    private static String sourceOf(Parse parse, int cue, CueClass kind) {
        Token verb = parse.token(cue);
        Draft d = new Draft(new Cue(kind, cue, new CharSpan(verb.begin(), verb.end()), verb.lemma()));
        new SourceFinder().find(parse, d);
        return d.source == null ? null : d.source.of(parse.text());
    }

    @Test
    void aJoinedVerbTheParserLostUnderANumberSpeaksForTheFirstVerbsSubject() {
        // "Okafor cut the losses to 2 million, but said the port was fragile.", "said" hung on the number
        Parse p = parseOf("Okafor NNP 1 nsubj PERSON", "cut VBD -1 root", "the DT 3 det", "losses NNS 1 obj",
                "to IN 6 case", "2 CD 6 nummod", "million CD 1 obl", ", , 9 punct", "but CC 9 cc", "said VBD 6 conj",
                "the DT 11 det", "port NN 13 nsubj", "was VBD 13 cop", "fragile JJ 9 ccomp", ". . 1 punct");
        assertThat(sourceOf(p, 9, CueClass.SPEECH)).isEqualTo("Okafor");
    }

    @Test
    void aJoinedVerbDoesNotBorrowASubjectAcrossAReportedClause() {
        // "Okafor said the port was fragile and warned ...", with "warned" hung inside what was said: the
        // walk up stops at the reported clause, whose subject is the port
        Parse p = parseOf("Okafor NNP 1 nsubj PERSON", "said VBD -1 root", "the DT 3 det", "port NN 5 nsubj",
                "was VBD 5 cop", "fragile JJ 1 ccomp", "and CC 7 cc", "warned VBD 5 conj", "dockers NNS 7 obj", ". . 1 punct");
        assertThat(sourceOf(p, 7, CueClass.SPEECH)).isNotEqualTo("the port");
    }

    @Test
    void aGerundHungOnItsPrepositionSpeaksForTheSubjectOfWhatThePhraseQualifies() {
        // "Vogt has been the most outspoken in denouncing the strike."
        Parse p = parseOf("Vogt NNP 5 nsubj PERSON", "has VBZ 5 aux", "been VBN 5 cop", "the DT 5 det",
                "most RBS 5 advmod", "outspoken JJ -1 root", "in IN 5 dep", "denouncing VBG 6 dep", "the DT 9 det",
                "strike NN 7 obj", ". . 5 punct");
        assertThat(sourceOf(p, 7, CueClass.LEARNED)).isEqualTo("Vogt");
    }

    @Test
    void aParticipleAfterAQuotationsClosingCommaSpeaksForTheSentencesSubject() {
        // 'Okafor told the Herald the offer was "fair," adding ...', "adding" hung on the quoted word
        Parse p = parseOf("Okafor NNP 1 nsubj PERSON", "told VBD -1 root", "the DT 3 det", "Herald NNP 1 obj ORGANIZATION",
                "the DT 5 det", "offer NN 8 nsubj", "was VBD 8 cop", "\" `` 8 punct", "fair JJ 1 ccomp", ", , 8 punct",
                "\" '' 8 punct", "adding VBG 8 dep", "more JJR 11 obj", ". . 1 punct");
        assertThat(sourceOf(p, 11, CueClass.SPEECH)).isEqualTo("Okafor");
    }

    @Test
    void thoseSplitOnAQuestionHoldTheirViews() {
        // "The dockers are split on the offer."
        Parse p = parseOf("The DT 1 det", "dockers NNS 3 nsubj:pass", "are VBP 3 aux:pass", "split VBN -1 root",
                "on IN 6 case", "the DT 6 det", "offer NN 3 obl", ". . 3 punct");
        assertThat(sourceOf(p, 3, CueClass.LEARNED)).isEqualTo("The dockers");
    }
}
