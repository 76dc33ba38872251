package org.hearsay.cues;

import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.HashMap;

/**
 * The words that can signal an attribution, by lemma, with what each needs to count as a cue.
 * Immutable and shared.
 */
public final class CueLexicon {

    private static final String[] SPEECH = {
        "say", "tell", "add", "write", "report", "state", "claim", "deny", "announce", "insist", "warn",
        "note", "explain", "argue", "declare", "tweet", "reply", "respond", "ask", "acknowledge", "admit",
        "confirm", "reveal", "predict", "promise", "pledge", "vow", "assert", "contend", "maintain",
        "concede", "recall", "comment", "remark", "observe", "stress", "emphasize", "emphasise", "complain",
        "testify", "inform", "caution", "urge", "quip", "joke", "boast", "lament", "allege", "mention",
        "reiterate", "repeat", "propose", "counter", "retort", "shout", "yell", "whisper", "exclaim",
        "proclaim", "assure", "advise", "recommend", "demand", "threaten", "speculate", "hint", "swear",
        "affirm", "charge", "accuse", "blame", "criticize", "criticise", "praise", "dismiss", "question",
        "describe", "call", "suggest", "brag", "tout", "post", "answer", "scoff", "concur",
        "cite", "conclude", "pronounce", "opine", "muse", "wonder", "estimate", "forecast", "project",
        "disclose", "divulge", "confide", "concur", "elaborate", "acknowledge", "underscore", "highlight",
        "point", "signal", "contest", "dispute", "rebut", "refute", "decry", "denounce", "condemn",
        "slam", "blast", "mock", "applaud", "hail", "thank", "apologize", "apologise", "guarantee",
        // stance verbs: PolNeAR counts taking a public position as attribution ("defended the plan")
        "endorse", "defend", "express", "email", "retweet", "offer", "attack", "discuss", "oppose",
        "order", "decline", "refuse", "seek", "name", "characterize", "characterise", "label", "brand",
        // only as "put it" ("as one aide put it"): CueDetector leaves every other "put" out
        "put"
    };

    private static final String[] COGNITION = {
        "think", "believe", "know", "feel", "fear", "hope", "expect", "doubt", "worry", "assume", "realize",
        "realise", "understand", "agree", "disagree", "suspect", "hear", "learn", "guess", "imagine",
        "recognize", "recognise", "reckon", "sense", "want", "plan", "decide", "consider", "intend",
        "prefer", "wish", "see", "remember", "forget", "notice", "figure", "presume", "trust",
        "seem", "appear"
    };

    private static final String[] EVIDENCE = {
        "show", "find", "indicate", "demonstrate", "prove", "document", "suggest", "reveal", "confirm",
        "estimate", "conclude", "project", "predict"
    };

    private static final String[] NOUNS = {
        "claim", "statement", "assertion", "warning", "announcement", "allegation", "argument", "belief",
        "view", "suggestion", "promise", "pledge", "vow", "denial", "admission", "insistence",
        "testimony", "accusation", "prediction", "estimate", "contention", "assurance", "concern",
        "fear", "hope", "complaint", "threat", "charge", "report", "insinuation", "acknowledgment",
        "acknowledgement", "confirmation", "assessment", "conclusion", "finding", "remark", "comment",
        "comments", "remarks", "message", "position", "suggestion", "speculation"
    };

    private static final String[] ADJECTIVES = {
        "clear", "adamant", "confident", "sure", "certain", "convinced", "skeptical", "sceptical",
        "optimistic", "pessimistic", "hopeful", "aware", "unaware", "emphatic", "insistent"
    };

    /** Verbs whose direct object is the one spoken to: "told the Times". */
    private static final Set<String> OBJECT_RECIPIENT = java.util.Set.copyOf(java.util.List.of(
            "tell", "inform", "assure", "warn", "remind", "brief", "notify", "ask", "urge", "advise",
            "caution", "promise", "thank"));

    /** Verbs whose direct object can be what was said: "announced his candidacy", "denied the claims". */
    private static final Set<String> OBJECT_CONTENT = java.util.Set.copyOf(java.util.List.of(
            "say", "announce", "deny", "state", "confirm", "reveal", "claim", "predict", "promise", "pledge",
            "vow", "propose", "demand", "allege", "acknowledge", "admit", "dismiss", "question", "criticize",
            "criticise", "praise", "describe", "call", "suggest", "report", "recommend", "write", "tweet",
            "post", "mention", "repeat", "reiterate", "dispute", "contest", "rebut", "refute", "decry",
            "denounce", "condemn", "slam", "blast", "mock", "applaud", "hail", "cite", "estimate",
            "forecast", "project", "guarantee", "underscore", "highlight", "disclose", "accuse", "blame",
            "charge", "threaten", "concede", "answer", "signal", "tout", "ask", "urge",
            // stance verbs: what is defended, opposed, endorsed is the position taken (when PolNeAR train
            // marks them, the content starts right after the verb: defend 60 of 62, oppose 47 of 57, endorse 96 of 101)
            "endorse", "defend", "express", "attack", "discuss", "oppose", "offer", "characterize", "characterise",
            "label", "brand", "name", "declare", "emphasize", "emphasise", "stress", "explain", "lament", "note",
            "recall", "affirm", "proclaim", "retweet", "order", "point",
            // thoughts and evidence with a noun for object: "fear a trade war", "found 31 cases of fraud"
            "want", "fear", "prefer", "expect", "doubt", "consider", "find", "document", "indicate", "demonstrate", "prove"));

    /**
     * What someone sends or gives that can say something for them: a verb on one ("a letter urging",
     * "a column that accused") speaks for its sender.
     */
    public static final Set<String> MESSAGES = Set.of("letter", "statement", "conference", "tweet",
            "ad", "video", "speech", "interview", "email", "e-mail", "release", "post", "message", "memo", "op-ed", "column",
            "editorial", "essay", "remark", "comment", "appearance", "rally", "event", "briefing", "paper", "brief", "motion",
            "lawsuit", "suit", "petition", "report", "note", "commercial", "book", "filing", "resolution", "bill", "proposal");

    private final Map<String, CueClass> verbs;
    private final Set<String> nouns;
    private final Set<String> adjectives;

    private CueLexicon(Map<String, CueClass> verbs, Set<String> nouns, Set<String> adjectives) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
        this.adjectives = Set.copyOf(adjectives);
    }

    /** The built-in English lexicon. */
    public static CueLexicon english() {
        Map<String, CueClass> verbs = new HashMap<>();
        for (String v : EVIDENCE) {
            verbs.put(v, CueClass.EVIDENCE);
        }
        for (String v : COGNITION) {
            verbs.put(v, CueClass.COGNITION);
        }
        for (String v : SPEECH) {
            verbs.put(v, CueClass.SPEECH);
        }
        return new CueLexicon(verbs, Set.of(dedupe(NOUNS)), Set.of(dedupe(ADJECTIVES)));
    }

    private static String[] dedupe(String[] words) {
        return java.util.Arrays.stream(words).distinct().toArray(String[]::new);
    }

    public Optional<CueClass> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma));
    }

    public boolean isNoun(String lemma) {
        return nouns.contains(lemma);
    }

    public boolean isAdjective(String lemma) {
        return adjectives.contains(lemma);
    }

    public boolean objectIsRecipient(String lemma) {
        return OBJECT_RECIPIENT.contains(lemma);
    }

    public boolean objectIsContent(String lemma) {
        return OBJECT_CONTENT.contains(lemma);
    }
}
