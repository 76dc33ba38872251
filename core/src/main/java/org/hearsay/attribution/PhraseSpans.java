package org.hearsay.attribution;

import org.hearsay.cues.CueDetector;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;

import java.util.BitSet;

/**
 * The words of a phrase as annotators draw it: a speaker's phrase kept to the speaker ({@link
 * #trimSpeakerPhrase}), and any phrase's char span without the punctuation and leading words at its
 * edges ({@link #trimmedCover}). Used for sources, recipients and cited reasons. Stateless.
 */
final class PhraseSpans {

    private PhraseSpans() {
    }

    /**
     * A speaker's phrase, {@code tokens} around its {@code head}, cut in place: not beginning with the word
     * that tied it to the clause ("by the Caller", "and Ms. Ortiz"), and without the modifiers annotators
     * leave out ({@link #pruneModifiers}).
     */
    static void trimSpeakerPhrase(Parse parse, int head, BitSet tokens) {
        int first = tokens.nextSetBit(0);
        while (first >= 0 && first != head && LEADING.contains(parse.token(first).relation()) && !isAtLeast(parse, first)) {
            tokens.clear(first);
            first = tokens.nextSetBit(first + 1);
        }
        pruneModifiers(parse, head, tokens);
        cutOpeningTime(parse, head, tokens);
        first = tokens.nextSetBit(0);
        if (first >= 0) {
            tokens.set(withLeftConjunct(parse, first), first);
        }
        int name = reducedRelativeName(parse, tokens.nextSetBit(0), tokens.length() - 1);
        if (name >= 0) {
            tokens.clear(0, name);
        }
    }

    /**
     * "The former first lady and U.S. senator said", "politicians and activists are decrying": the parser
     * joined "and" to the verb and left the first of two coordinated nouns outside the speaker's phrase.
     * The words before "and" join it when they are a noun phrase alone, from the start of the sentence, a
     * comma or "with"; an adjective before "and" joins one after it ("current and former officials").
     * The phrase's new first token; {@code first} where nothing joins.
     */
    static int withLeftConjunct(Parse parse, int first) {
        if (first < 2 || !parse.token(first - 1).word().equals("and")) {
            return first;
        }
        int start = parse.sentenceOf(parse.token(first)).firstToken();
        int k = first - 2;
        boolean noun = false;
        boolean adjectives = parse.token(first).tag().startsWith("JJ") && parse.token(k).tag().startsWith("JJ");
        while (k >= start && CONJUNCT.contains(parse.token(k).tag())) {
            noun |= parse.token(k).isNoun() && !CueDetector.isTime(parse.token(k));
            k--;
        }
        String before = k >= start ? parse.token(k).word() : "";
        boolean bounded = k < start || before.equals(",") || before.equalsIgnoreCase("with");
        return k + 1 < first - 1 && (adjectives || noun && bounded) ? k + 1 : first;
    }

    private static final java.util.Set<String> CONJUNCT = java.util.Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "PRP$", "POS", "HYPH");

    /**
     * "Last week Stumpf appeared to blame …", "Saturday at the party's convention Sen. Ana Ortiz (D-MA)
     * said": a time opening the sentence that the parser ran into the speaker's name. The name is kept,
     * from the last comma before it or else from where its run of proper nouns begins.
     */
    private static void cutOpeningTime(Parse parse, int head, BitSet tokens) {
        int first = tokens.nextSetBit(0);
        if (first < 0 || first + 1 >= head || !parse.token(head).isProperNoun() || !opensWithTime(parse, first)) {
            return;
        }
        int from = head;
        while (from - 1 > first && parse.token(from - 1).isProperNoun()) {
            from--;
        }
        for (int k = head - 1; k > first; k--) {
            if (parse.token(k).word().equals(",")) {
                from = k + 1;
                break;
            }
        }
        tokens.clear(first, from);
    }

    private static boolean opensWithTime(Parse parse, int k) {
        Token t = parse.token(k);
        if (t.isProperNoun() && CueDetector.isTime(t)) {
            return true; // "Monday", "Saturday"
        }
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        return (w.equals("last") || w.equals("this") || w.equals("next") || w.equals("earlier"))
                && k + 1 < parse.tokens().size() && CueDetector.isTime(parse.token(k + 1));
    }

    /**
     * "the campaign Clinton envisioned", "the famous story Kennedy told about": a relative clause without
     * "that" whose subject, a person's name, the parser joined to the noun before it. The phrase from
     * {@code first} to {@code last} must open with a determiner and end in the name, a verb must follow
     * it, and the noun must not be one that stands before names as a title or role ("the venture
     * capitalist Marc Andreessen", "the Republican nominee Donald Trump"). The name's first token, the
     * speaker; -1 when the phrase is not so.
     */
    static int reducedRelativeName(Parse parse, int first, int last) {
        if (first < 0 || last <= first || last + 1 >= parse.tokens().size() || !parse.token(first).tag().equals("DT")
                || !parse.token(last).ner().equals("PERSON")) {
            return -1;
        }
        int name = last;
        while (name > first && parse.token(name - 1).ner().equals("PERSON")) {
            name--;
        }
        Token noun = parse.token(name - 1);
        Token after = parse.token(last + 1);
        boolean relative = name > first && (noun.tag().equals("NN") || noun.tag().equals("NNS")) && noun.ner().equals("O")
                && !isRole(noun) && (after.isVerb() || after.tag().equals("MD") || after.tag().equals("RB"));
        return relative ? name : -1;
    }

    private static final java.util.Set<String> ROLES = java.util.Set.of("secretary", "chief", "head", "judge", "star",
            "host", "nominee", "candidate", "leader", "rival", "chair", "aide", "ally", "official", "mogul", "tycoon",
            "magnate", "boss", "coach", "guru", "hopeful", "staff", "pundit", "expert", "critic", "analyst", "colleague",
            "friend", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "king", "queen",
            "pope", "prince", "princess", "mayor", "justice", "general", "captain", "billionaire", "millionaire", "heir",
            "nephew", "niece", "cousin", "widow", "veteran", "icon", "legend", "favorite", "newcomer", "chef", "poet");
    private static final java.util.List<String> ROLE_ENDINGS = java.util.List.of("ist", "er", "or", "ian", "ant", "dent",
            "gent", "nent", "man", "woman", "ee", "crat", "can", "ive", "ate", "ary");

    /** A noun that may stand before a name as its title or role: "senator", "strategist", "spokeswoman". */
    private static boolean isRole(Token noun) {
        String lemma = noun.lemma().toLowerCase(java.util.Locale.ROOT);
        return ROLES.contains(lemma) || ROLE_ENDINGS.stream().anyMatch(lemma::endsWith);
    }

    private static final java.util.Set<String> BREAKS = java.util.Set.of("-", "--", "—", "–", "''", "”", ":");

    /** Relations by which the parser hangs a participle that ends a speaker's phrase on a word inside it. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("dep", "advcl", "acl", "xcomp");

    /**
     * Keeps the source to the speaker's own phrase, as annotators mark it: not what the parser hung before
     * it across a comma or dash ("One after another, mining companies"), not a participle after a comma
     * on the speaker or ending its phrase ("Ortiz, speaking to dockworkers,": 33 of 35 such in
     * PolNeAR train left out; "Ruiz, a pollster, citing a survey": none of 44 with "citing", "saying",
     * "adding", "noting" and the like in), not a time at its end
     * ("federal prosecutors in April").
     */
    private static void pruneModifiers(Parse parse, int head, BitSet tokens) {
        boolean coordinated = parse.child(head, "cc", "conj") >= 0;
        for (int k = tokens.nextSetBit(0); k >= 0 && k < head; k = tokens.nextSetBit(k + 1)) {
            Token t = parse.token(k);
            boolean spaced = k > 0 && parse.token(k - 1).end() < t.begin();
            boolean dash = BREAKS.contains(t.word()) && (spaced || !t.word().equals("-")) // not "one-sided"
                    && !opensQuote(parse, k) && !closesTitle(parse, tokens, k); // not "the “Avatar” star"
            boolean comma = t.word().equals(",") && !coordinated && k > 0
                    && (!parse.token(k - 1).isNoun() || CueDetector.isTime(parse.token(k - 1))) // "Friday, Texas" began at the time
                    && !betweenAdjectives(parse, k); // "a seasoned, tireless member"
            if (dash || comma) {
                tokens.clear(tokens.nextSetBit(0), k + 1);
            }
        }
        for (int k = tokens.nextSetBit(head + 1); k >= 0; k = tokens.nextSetBit(k + 1)) {
            Token t = parse.token(k);
            boolean dash = (t.word().equals("—") || t.word().equals("--") || t.word().equals("–")) && parse.token(k - 1).end() < t.begin();
            if (dash && k + 1 < parse.tokens().size() && opensAside(parse.token(k + 1))) {
                // "Democrats — buoyed by interest from billionaires —", "Sanders — now that he has …": an aside
                // after the speaker; a noun phrase there is kept ("insiders — Nevada and South Carolina")
                tokens.clear(k, tokens.length());
                break;
            }
        }
        for (int c = tokens.nextSetBit(head + 1); c >= 0; c = tokens.nextSetBit(c + 1)) {
            Token t = parse.token(c);
            BitSet phrase = parse.subtree(c);
            // on the speaker, or ending the phrase: the parser may hang "citing a survey" in "Ruiz, a
            // pollster who advises the council, citing a survey" on "advises"
            boolean last = phrase.length() >= tokens.length() && DANGLING.contains(t.relation());
            if (t.head() != head && !last) {
                continue;
            }
            int first = phrase.nextSetBit(0);
            boolean participle = (t.tag().equals("VBG") || t.tag().equals("JJ")) // "Ortiz, eager to …", not "The poll, conducted by …"
                    && first == c && first > 0 && parse.token(first - 1).word().equals(",")
                    && !t.relation().equals("acl:relcl") && !t.relation().equals("case");
            boolean time = (t.relation().endsWith(":tmod") || t.baseRelation().equals("nmod") || t.baseRelation().equals("obl"))
                    && (CueDetector.isTime(t) || t.tag().equals("CD") && t.word().length() == 4)
                    && phrase.length() >= tokens.length()
                    && !DATED.contains(parse.token(head).lemma()); // "a CNN poll in January" keeps its date
            if (participle) {
                tokens.clear(first, tokens.length()); // the phrase ended before it
                break;
            } else if (time || occasion(parse, head, c)) {
                tokens.andNot(phrase);
            }
        }
    }

    /** Findings whose date is part of their name: "a CNN poll in January", "a CBS News poll last month". */
    private static final java.util.Set<String> DATED = java.util.Set.of("poll", "survey", "study", "report", "analysis");

    /** A relative pronoun, a participle other than "including", or an adverb: what opens an aside, not a noun phrase. */
    private static boolean opensAside(Token t) {
        String tag = t.tag();
        return tag.startsWith("W") || tag.startsWith("RB") || (tag.equals("VBN") || tag.equals("VBG")) && !t.lemma().equals("include");
    }

    /**
     * A closing quote mark whose opening one is in the phrase before it: a title inside the speaker's
     * phrase ("the “Jane the Virgin” actress", "a ''super PAC'' supporting her"), not the end of a quote
     * the parser hung on the speaker.
     */
    private static boolean closesTitle(Parse parse, BitSet tokens, int k) {
        if (!QuoteMarks.mayClose(parse.token(k).word())) {
            return false;
        }
        for (int j = tokens.nextSetBit(0); j >= 0 && j < k; j = tokens.nextSetBit(j + 1)) {
            if (opensQuote(parse, j)) {
                return true;
            }
        }
        return false;
    }

    /** A double quote mark written as an opening one: space before it, none after. */
    private static boolean opensQuote(Parse parse, int k) {
        Token q = parse.token(k);
        boolean spacedBefore = k == 0 || parse.token(k - 1).end() < q.begin();
        boolean gluedAfter = k + 1 < parse.tokens().size() && parse.token(k + 1).begin() == q.end();
        return QuoteMarks.isDouble(q.word()) && spacedBefore && gluedAfter;
    }

    /**
     * "Romero in a statement", "Ortiz at a rally on Friday": where a named speaker spoke, which the parser hung on
     * the name; PolNeAR train leaves it out of the source (19 times where it follows a source; a group's
     * "attendees at the summit" is kept).
     */
    private static boolean occasion(Parse parse, int head, int c) {
        Token h = parse.token(head);
        Token t = parse.token(c);
        if (t.head() != head || !(h.tag().startsWith("NNP") || h.tag().equals("PRP")) || !t.baseRelation().equals("nmod")
                || !OCCASIONS.contains(t.lemma())) {
            return false;
        }
        int kase = parse.child(c, "case");
        return kase >= 0 && OCCASION_PREPOSITIONS.contains(parse.token(kase).lemma());
    }

    private static final java.util.Set<String> OCCASIONS = java.util.Set.of("statement", "interview", "speech", "rally",
            "summit", "conference", "hearing", "debate", "briefing", "appearance", "tweet", "post", "op-ed", "letter",
            "email", "address", "remarks", "session", "meeting", "event", "video", "ad");
    private static final java.util.Set<String> OCCASION_PREPOSITIONS = java.util.Set.of("in", "at", "during", "on");

    private static final java.util.Set<String> LEADING = java.util.Set.of("case", "cc", "mark");

    /** A comma between two adjectives of one noun: "a seasoned, tireless member", "Oz's big, big boss". */
    private static boolean betweenAdjectives(Parse parse, int comma) {
        return comma + 1 < parse.tokens().size() && parse.token(comma - 1).tag().startsWith("JJ")
                && parse.token(comma + 1).tag().startsWith("JJ");
    }

    /** "At least half of voters": the "at" is part of the quantity (PolNeAR train keeps it 11 times of 11). */
    private static boolean isAtLeast(Parse parse, int token) {
        return parse.token(token).lemma().equals("at") && token + 1 < parse.tokens().size()
                && (parse.token(token + 1).lemma().equals("least") || parse.token(token + 1).lemma().equals("most"));
    }

    /**
     * The char span from the first to the last of {@code tokens}, without punctuation at either edge, a
     * leading "even" or agent's "by", but with a closing bracket that one inside opened; null when nothing is left.
     */
    static CharSpan trimmedCover(Parse parse, BitSet tokens) {
        int first = tokens.nextSetBit(0);
        int last = tokens.length() - 1;
        while (first >= 0 && first <= last && (parse.token(first).isPunctuation() && !QuoteMarks.mayOpen(parse.token(first).word())
                || (parse.token(first).word().equalsIgnoreCase("even") || parse.token(first).word().equalsIgnoreCase("by"))
                && first < last)) {
            // "even his allies": PolNeAR train leaves "even" out 29 times of 37; "(even) by the Ledger": the agent's "by"
            first = tokens.nextSetBit(first + 1);
        }
        // a possessor keeps its "'s" ("the mayor's claim"): PolNeAR train draws it so 162 times, without 100
        while (last >= first && first >= 0 && (parse.token(last).isPunctuation() || !tokens.get(last))) {
            last--;
        }
        // keep the bracket that closes one opened inside: "Service (NIS)"
        if (last >= 0 && last + 1 < parse.tokens().size() && tokens.get(last + 1) && isClosingBracket(parse.token(last + 1))
                && opensBracket(parse, first, last)) {
            last++;
        }
        if (first < 0 || last < first) {
            return null;
        }
        return new CharSpan(parse.token(first).begin(), parse.token(last).end());
    }

    private static boolean isClosingBracket(Token t) {
        return t.word().equals(")") || t.word().equals("]") || t.word().equals("-RRB-");
    }

    private static boolean opensBracket(Parse parse, int first, int last) {
        int depth = 0;
        for (int i = first; i <= last; i++) {
            String w = parse.token(i).word();
            if (w.equals("(") || w.equals("[")) {
                depth++;
            } else if ((w.equals(")") || w.equals("]")) && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
