package org.hearsay.cues;

/** What kind of word signals an attribution, which decides what it needs around it to count. */
public enum CueClass {
    /** Verbs of saying: a cue whenever they carry content (a clause, a quote, an object). */
    SPEECH,
    /** Verbs of thinking and wanting: a cue only with a clause ("believes that ..."). */
    COGNITION,
    /** Verbs by which documents and numbers speak ("the poll shows that ..."): a clause needed. */
    EVIDENCE,
    /** Nouns that report speech when they take a clause or a possessor ("the minister's claim that"). */
    NOUN,
    /** Adjectives with a clause ("has been clear it does not want ..."). */
    ADJECTIVE,
    /** Prepositional phrases: "according to X". */
    PHRASE,
    /** Punctuation that stands for "said" in press-release layouts. */
    LAYOUT,
    /**
     * Verbs outside the lexicon that the {@link CueModel} judges to report ("ruled", "likened"): as
     * {@link #SPEECH}, and their object or prepositional complement ("called for a ban") is content.
     */
    LEARNED
}
