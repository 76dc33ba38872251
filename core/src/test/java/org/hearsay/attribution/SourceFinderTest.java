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
        return sourceOf(parse, 2, kind);
    }

    /** The source found for a one-word cue at token {@code cue} of a parse. */
    private static String sourceOf(Parse parse, int cue, CueClass kind) {
        Token verb = parse.token(cue);
        Draft d = new Draft(new Cue(kind, cue, new CharSpan(verb.begin(), verb.end()), verb.lemma()));
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

    /** The source found for the cue at token {@code cue} of the parse the rows give ({@link #parseOf}). */
    private static String sourceOf(int cue, CueClass kind, String... rows) {
        return sourceOf(parseOf(rows), cue, kind);
    }

    @Test
    void aJoinedVerbTheParserLostUnderANumberSpeaksForTheFirstVerbsSubject() {
        // "Okafor cut the losses to 2 million, but said the port was fragile.", "said" hung on the number
        assertThat(sourceOf(9, CueClass.SPEECH,
                "Okafor NNP 1 nsubj PERSON", "cut VBD -1 root", "the DT 3 det", "losses NNS 1 obj", "to IN 6 case",
                "2 CD 6 nummod", "million CD 1 obl", ", , 9 punct", "but CC 9 cc", "said VBD 6 conj", "the DT 11 det",
                "port NN 13 nsubj", "was VBD 13 cop", "fragile JJ 9 ccomp", ". . 1 punct"))
                .isEqualTo("Okafor");
    }

    @Test
    void aJoinedVerbDoesNotBorrowASubjectAcrossAReportedClause() {
        // "Okafor said the port was fragile and warned ...", with "warned" hung inside what was said: the
        // walk up stops at the reported clause, whose subject is the port
        assertThat(sourceOf(7, CueClass.SPEECH,
                "Okafor NNP 1 nsubj PERSON", "said VBD -1 root", "the DT 3 det", "port NN 5 nsubj", "was VBD 5 cop",
                "fragile JJ 1 ccomp", "and CC 7 cc", "warned VBD 5 conj", "dockers NNS 7 obj", ". . 1 punct"))
                .isNotEqualTo("the port");
    }

    @Test
    void aGerundHungOnItsPrepositionSpeaksForTheSubjectOfWhatThePhraseQualifies() {
        // "Vogt has been the most outspoken in denouncing the strike."
        assertThat(sourceOf(7, CueClass.LEARNED,
                "Vogt NNP 5 nsubj PERSON", "has VBZ 5 aux", "been VBN 5 cop", "the DT 5 det", "most RBS 5 advmod",
                "outspoken JJ -1 root", "in IN 5 dep", "denouncing VBG 6 dep", "the DT 9 det", "strike NN 7 obj",
                ". . 5 punct"))
                .isEqualTo("Vogt");
    }

    @Test
    void aParticipleAfterAQuotationsClosingCommaSpeaksForTheSentencesSubject() {
        // 'Okafor told the Herald the offer was "fair," adding ...', "adding" hung on the quoted word
        assertThat(sourceOf(11, CueClass.SPEECH,
                "Okafor NNP 1 nsubj PERSON", "told VBD -1 root", "the DT 3 det", "Herald NNP 1 obj ORGANIZATION",
                "the DT 5 det", "offer NN 8 nsubj", "was VBD 8 cop", "\" `` 8 punct", "fair JJ 1 ccomp",
                ", , 8 punct", "\" '' 8 punct", "adding VBG 8 dep", "more JJR 11 obj", ". . 1 punct"))
                .isEqualTo("Okafor");
    }

    @Test
    void thoseSplitOnAQuestionHoldTheirViews() {
        // "The dockers are split on the offer."
        assertThat(sourceOf(3, CueClass.LEARNED,
                "The DT 1 det", "dockers NNS 3 nsubj:pass", "are VBP 3 aux:pass", "split VBN -1 root", "on IN 6 case",
                "the DT 6 det", "offer NN 3 obl", ". . 3 punct"))
                .isEqualTo("The dockers");
    }

    @Test
    void aParticipleOnTheNounBeforeItSpeaksForThatNoun() {
        // "There is no public record showing a payment."
        assertThat(sourceOf(5, CueClass.EVIDENCE,
                "There EX 1 expl", "is VBZ -1 root", "no DT 4 det", "public JJ 4 amod", "record NN 1 nsubj",
                "showing VBG 4 acl", "a DT 7 det", "payment NN 5 obj", ". . 1 punct"))
                .isEqualTo("no public record");
    }

    @Test
    void aParticipleOnAPartsWholeSpeaksForThePart() {
        // "The strike left 62 percent of dockers saying the talks had failed."
        assertThat(sourceOf(7, CueClass.SPEECH,
                "The DT 1 det", "strike NN 2 nsubj", "left VBD -1 root", "62 CD 4 nummod", "percent NN 2 obj",
                "of IN 6 case", "dockers NNS 4 nmod", "saying VBG 6 acl", "the DT 9 det", "talks NNS 11 nsubj",
                "had VBD 11 aux", "failed VBN 7 ccomp", ". . 2 punct"))
                .isEqualTo("62 percent of dockers");
    }

    @Test
    void aParticipleOnANounInAPrepositionalPhraseIsNotThatNouns() {
        // "Okafor was heard on a microphone telling aides to wait.", "telling" hung on the microphone
        assertThat(sourceOf(6, CueClass.SPEECH,
                "Okafor NNP 2 nsubj:pass PERSON", "was VBD 2 aux:pass", "heard VBN -1 root", "on IN 5 case",
                "a DT 5 det", "microphone NN 2 obl", "telling VBG 5 acl", "aides NNS 6 obj", "to TO 9 mark",
                "wait VB 6 xcomp", ". . 2 punct"))
                .isNotEqualTo("a microphone");
    }
}
