package org.hearsay.cues;

import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every word the lexicon says may signal an attribution, and, where a {@link CueModel} is given,
 * the words it judges to signal one though the lexicon does not list them. Whether a candidate really
 * is one is decided later, by whether a source and content can be found for it. Thread-safe.
 */
public final class CueDetector {

    private final CueLexicon lexicon;
    private final java.util.Optional<CueModel> model;

    public CueDetector(CueLexicon lexicon) {
        this(lexicon, java.util.Optional.empty());
    }

    public CueDetector(CueLexicon lexicon, java.util.Optional<CueModel> model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** Where a cue begins and ends: the model's extent step, or the rules' span without one. */
    public CharSpan extent(Parse parse, Cue cue) {
        return model.map(m -> m.extent(parse, cue)).orElse(cue.span());
    }

    public CueLexicon lexicon() {
        return lexicon;
    }

    public List<Cue> detect(Parse parse) {
        return detect(parse, model.map(m -> m.clauses(parse)).orElse(null));
    }

    /** The cues of a parse, the model's clause step (if any) judging through {@code clauses}. */
    public List<Cue> detect(Parse parse, CueModel.Clauses clauses) {
        List<Cue> out = new ArrayList<>();
        List<Token> tokens = parse.tokens();
        for (Token t : tokens) {
            if (isAccordingTo(parse, t)) {
                Token to = tokens.get(t.index() + 1);
                out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(copulaBefore(parse, t).begin(), to.end()), "according to"));
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
            if (isReportedly(parse, t)) {
                out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(t.begin(), t.end()), REPORTEDLY));
                continue;
            }
            int of = stanceOf(parse, t);
            if (of >= 0) {
                out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(tokens.get(stanceStart(parse, t)).begin(), tokens.get(of).end()), STANCE));
                continue;
            }
            if (inAPoll(parse, t)) {
                out.add(new Cue(CueClass.PHRASE, t.index(), new CharSpan(t.begin(), t.end()), IN_A_POLL));
                continue;
            }
            int clear = madeClear(parse, t);
            if (clear >= 0) {
                out.add(new Cue(CueClass.SPEECH, t.index(), new CharSpan(t.begin(), tokens.get(clear).end()), MAKE_CLEAR));
                continue;
            }
            if (t.isVerb() && (!isModifier(t) || participleMisread(parse, t)) && lexicon.verb(t.lemma()).isPresent()) {
                if (!isOtherSense(parse, t) && !vetoed(parse, clauses, t)) {
                    out.add(new Cue(lexicon.verb(t.lemma()).get(), t.index(), withParticle(parse, t), t.lemma()));
                }
            } else if (t.isNoun() && lexicon.isNoun(t.lemma())) {
                out.add(new Cue(CueClass.NOUN, t.index(), withTopicPreposition(parse, t), t.lemma()));
            } else if (t.tag().startsWith("JJ") && lexicon.isAdjective(t.lemma()) && !isIdiom(parse, t)) {
                out.add(new Cue(CueClass.ADJECTIVE, t.index(), new CharSpan(t.begin(), t.end()), t.lemma()));
            } else if (learned(parse, clauses, t) && !isOtherSense(parse, t)) {
                CueClass kind = t.isVerb() ? CueClass.LEARNED : t.isNoun() ? CueClass.NOUN : CueClass.ADJECTIVE;
                CharSpan span = t.isVerb() ? withParticle(parse, t) : t.isNoun() ? withTopicPreposition(parse, t) : new CharSpan(t.begin(), t.end());
                out.add(new Cue(kind, t.index(), span, t.lemma()));
            }
        }
        // "appeared to suggest" holds the cue "appeared": one cue, the longer
        out.removeIf(c -> out.stream().anyMatch(o -> o.head() != c.head() && o.span().contains(c.span())
                && o.span().length() > c.span().length()));
        return out;
    }

    /**
     * "allegations of", "comments about": a noun cue with the preposition that introduces what it is
     * about, as annotators mark it (PolNeAR train: 143 times with it, 18 without).
     */
    private static CharSpan withTopicPreposition(Parse parse, Token noun) {
        if (noun.index() + 1 < parse.tokens().size()) {
            Token next = parse.token(noun.index() + 1);
            if (introducesTopic(parse, next, noun.index(), TOPIC_PREPOSITIONS)) {
                return new CharSpan(noun.begin(), next.end());
            }
        }
        return new CharSpan(noun.begin(), noun.end());
    }

    /** Prepositions after a noun cue that introduce its topic; ContentFinder takes their phrase as the content. */
    private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("of", "about", "on", "against");

    /** What "find" may have for an object when it finds nothing out: "found ways to", "found himself". */
    private static final java.util.Set<String> FOUND_NOTHING = java.util.Set.of("way", "himself", "herself", "itself",
            "themselves", "myself", "ourselves", "yourself");

    /**
     * Lexicon verbs in a sense that reports nothing: "point" but for "point out" and "point to"; "appear"
     * before a preposition ("appeared on Fox", "appears in court": PolNeAR train marks 4 of 67); "find"
     * a way or oneself (half B of train: 8 such, none a cue).
     */
    private static boolean isOtherSense(Parse parse, Token verb) {
        return switch (verb.lemma()) {
            case "point" -> parse.child(verb.index(), "compound:prt") < 0 && !isFollowedBy(parse, verb, "to");
            // "as one aide put it,", "put it bluntly:", "how Ortiz put it in a letter": a way of saying; "put pressure on" is not
            case "put" -> !putsItInWords(parse, verb);
            case "appear" -> verb.index() + 1 < parse.tokens().size() && parse.token(verb.index() + 1).tag().equals("IN")
                    && parse.child(verb.index(), "xcomp", "ccomp") < 0;
            // "found ways to press his agenda", "found himself on the street": nothing found out
            case "find" -> {
                int obj = parse.child(verb.index(), "obj");
                yield parse.child(verb.index(), "ccomp") < 0 && obj >= 0 && FOUND_NOTHING.contains(parse.token(obj).lemma());
            }
            // "Ortiz, speaking to dockworkers, said …": an audience, nothing said (what was said has its own verb)
            case "speak" -> verb.tag().equals("VBG") && parse.child(verb.index(), "ccomp", "parataxis") < 0 && !hasTopic(parse, verb);
            default -> false;
        };
    }

    /** What may follow "put it" said: "put it this way", "put it in a letter" (not "put it to rest"). */
    private static final java.util.Set<String> PUT_IT_NEXT = java.util.Set.of("this", "that", "in");

    /** "put it" followed by a stop, an adverb, "this way" or "in": a way of saying something. */
    private static boolean putsItInWords(Parse parse, Token verb) {
        if (!isFollowedByIt(parse, verb)) {
            return false;
        }
        int after = verb.index() + 2;
        if (after >= parse.tokens().size() || parse.token(after).sentence() != verb.sentence()) {
            return true; // "as Ortiz put it" ending its sentence
        }
        Token next = parse.token(after);
        return next.isPunctuation() || next.tag().startsWith("RB") || PUT_IT_NEXT.contains(next.lemma());
    }

    private static boolean isFollowedByIt(Parse parse, Token verb) {
        int it = verb.index() + 1;
        return it < parse.tokens().size() && parse.token(it).sentence() == verb.sentence()
                && parse.token(it).word().equalsIgnoreCase("it");
    }

    /** Whether a verb has a phrase saying what it is about: "spoke about the strike", "speak of him". */
    private static boolean hasTopic(Parse parse, Token verb) {
        for (int c : parse.children(verb.index())) {
            int marker = parse.child(c, "case");
            if (marker >= 0 && TOPIC_PREPOSITIONS.contains(parse.token(marker).lemma()) && !parse.token(marker).lemma().equals("against")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "make sure that", "To be sure, …": set phrases that report no one's certainty (PolNeAR train: 39
     * and 7 of them, none a cue).
     */
    private static boolean isIdiom(Parse parse, Token adjective) {
        int i = adjective.index();
        if (i == 0 || !adjective.lemma().equals("sure")) {
            return false;
        }
        Token before = parse.token(i - 1);
        return before.lemma().equals("make")
                || before.word().equalsIgnoreCase("be") && i >= 2 && parse.token(i - 2).word().equalsIgnoreCase("to");
    }

    private static boolean isFollowedBy(Parse parse, Token t, String word) {
        return t.index() + 1 < parse.tokens().size() && parse.token(t.index() + 1).word().equalsIgnoreCase(word);
    }

    /**
     * A lexicon verb the model's clause step judges no cue here: "called him a liar" is, "called him" to
     * say hello is not. "Say" always reports: the veto would only drop nested ones ("reported that
     * engineers said …"; dev and half B of train move by 0.1 either way without it). Nor is any verb of
     * saying vetoed that has its own subject and a clause for what was said ("the mayor said that Ortiz
     * had told reporters that …"): the annotators leave such a report unmarked more often than not when
     * it is told inside another, and a model that reads MiniLM's third layer learns to drop it there, but
     * the nested report is what a reader asking "according to whom" needs (see docs/quality.md, 2026-12-03).
     */
    private boolean vetoed(Parse parse, CueModel.Clauses clauses, Token t) {
        // "put" reaches here only as "put it", which the clause step, knowing "put" mostly otherwise, would veto
        return clauses != null && !t.lemma().equals("say") && !t.lemma().equals("put") && !isInvertedReport(parse, t)
                && !isSpeechWithClause(parse, t) && clauses.vetoes(t.index());
    }

    private boolean isSpeechWithClause(Parse parse, Token t) {
        return lexicon.verb(t.lemma()).filter(k -> k == CueClass.SPEECH).isPresent()
                && parse.child(t.index(), "ccomp") >= 0 && parse.child(t.index(), "nsubj") >= 0;
    }

    /**
     * "…, adds the Ledger.", "…,” warns Ortiz.": a finite verb of saying after a comma or a quotation, its
     * speaker right after it and the sentence ending soon after. The parser often hangs such a verb on the
     * clause before it, where the clause step, reading a loose dependent, would veto it.
     */
    private static boolean isInvertedReport(Parse parse, Token t) {
        int i = t.index();
        org.hearsay.parse.Sentence s = parse.sentenceOf(t);
        if (i == s.firstToken() || i + 1 >= s.endToken() || s.endToken() - i > 8
                || !(t.tag().equals("VBZ") || t.tag().equals("VBD") || t.tag().equals("VBP"))) {
            return false;
        }
        String next = parse.token(i + 1).tag();
        String before = parse.token(i - 1).word();
        return (before.equals(",") || QuoteMarks.mayClose(before)) && (next.equals("DT") || next.startsWith("NNP"));
    }

    /**
     * ", saying airstrikes have failed", ", citing reports that …": a participle after a comma that the
     * parser took for an adjective on the noun after it.
     */
    public static boolean participleMisread(Parse parse, Token t) {
        return t.tag().equals("VBG") && t.index() > 0 && parse.token(t.index() - 1).word().equals(",")
                && t.head() == t.index() + 1;
    }

    /**
     * A participle modifying a noun ("the alleged plot", "a so-called deal"): no cue. A finite verb the
     * parser made a modifier is a misparse, usually of a trailing "…, said Ortiz." whose name it took
     * for the head.
     */
    private static boolean isModifier(Token t) {
        return t.relation().equals("amod") && !(t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP"));
    }

    /** A word outside the lexicon that the model judges a cue. */
    private boolean learned(Parse parse, CueModel.Clauses clauses, Token t) {
        if (model.isEmpty() || !CueModel.candidate(t) || isModifier(t)) {
            return false;
        }
        if (t.isVerb() && model.get().hasClauseStep() && (t.head() >= 0 || t.relation().equals("root"))) {
            return clauses.isCue(t.index()); // a parsed verb: judged by its clause
        }
        org.hearsay.parse.Sentence s = parse.sentenceOf(t);
        return model.get().isCue(parse.tokens().subList(s.firstToken(), s.endToken()), t.index() - s.firstToken());
    }

    /**
     * "In an interview with CNN, Trump continued to question …", "unloaded on Sanders in a speech": a
     * phrase naming the medium whose verb no step took for a cue gives that verb the cue. The annotators
     * never mark the phrase alone (of the 71 times it stood alone for a cue on the train halves, none),
     * but often the verb it tells the manner of. Where the verb is a cue already ("said in a
     * statement"), the phrase is no cue of its own: it is taken out of {@code cues} and returned, so that
     * no report is built on it and what the verb reports starts after it. Applied to the cues an analysis
     * meets, after {@link #detect} (whose cues the cue model trains on, unchanged by it); the extent step
     * then draws the verb's cue.
     *
     * @return the phrases taken out, each telling how its verb's cue reported
     */
    public static List<Cue> verbsForStatements(Parse parse, List<Cue> cues) {
        List<Cue> manners = new java.util.ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.kind() != CueClass.PHRASE || !c.lemma().equals(IN_A_STATEMENT) || c.head() < 0) {
                continue;
            }
            int governor = parse.token(c.head()).head();
            if (governor < 0 || !parse.token(governor).isVerb()) {
                continue;
            }
            if (cues.stream().anyMatch(o -> o.head() == governor)) {
                manners.add(cues.remove(i--));
                continue;
            }
            Token verb = parse.token(governor);
            cues.set(i, new Cue(CueClass.LEARNED, governor, withParticle(parse, verb), verb.lemma()));
        }
        return manners;
    }

    /** Verbs that open, close or answer with what a participle after "by" says ("responded by saying"). */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("respond", "begin", "start", "conclude", "open", "follow",
            "end", "launch", "explain", "continue", "close", "answer", "punctuate", "interject", "kick");

    /**
     * "began his speech by thanking", "responded to that tweet by calling", "concluded by implying": the
     * annotators draw one cue from the verb that opens, closes or answers to the participle after "by"
     * (PolNeAR train: 24 times, against 9 for the participle alone), so the participle's cue reaches back
     * over the verb, whose own cue goes. On the train halves (each scored by a model trained on the other)
     * cue exact +4 and +1, nothing else down. Applied to the cues an analysis meets, after {@link #detect}
     * (whose cues the cue model trains on, unchanged by it).
     */
    public static void joinOpeningVerbs(Parse parse, List<Cue> cues) {
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.head() < 0) {
                continue;
            }
            Token t = parse.token(c.head());
            int by = parse.child(t.index(), "mark", "case");
            if (!t.tag().equals("VBG") || by < 0 || by > t.index() || !parse.token(by).lemma().equals("by") || t.head() < 0) {
                continue;
            }
            Token g = parse.token(t.head());
            if (!g.isVerb() || g.index() > by || !OPENERS.contains(g.lemma()) || c.span().begin() <= g.begin()) {
                continue;
            }
            cues.set(i, new Cue(c.kind(), c.head(), new CharSpan(g.begin(), c.span().end()), c.lemma()));
            cues.removeIf(o -> o.head() == g.index());
            i = -1; // removing may have shifted the list: look again from the start
        }
    }

    /** The lemma of the cue "reportedly". */
    public static final String REPORTEDLY = "reportedly";

    /**
     * "The Club for Growth is reportedly spending …": the adverb says the clause it qualifies is reported,
     * by nobody named (PolNeAR train and dev: 15 of the 30 are cues, none of them with a source; what is
     * left unmarked is mostly hearsay the annotators skipped). Not on a verb of saying, whose report it hedges
     * ("Ortiz reportedly said …").
     */
    private boolean isReportedly(Parse parse, Token t) {
        return t.word().equalsIgnoreCase(REPORTEDLY) && t.tag().startsWith("RB") && t.head() >= 0
                && lexicon.verb(parse.token(t.head()).lemma()).filter(k -> k == CueClass.SPEECH).isEmpty();
    }

    /**
     * The lemma given to a noun of stance with its "of", said of somebody: "Ortiz is a fierce critic of the
     * levy", "Ruiz, a longtime supporter of the port". The cue runs from the first word hanging on the noun
     * before it (the copula, "has been", an article, "outspoken") to the "of"; the source is the one the noun is
     * said of, the content what follows "of". PolNeAR train draws 16 of 27 such predicates as cues (an "ally
     * of", 0 of 3, is left out). Each half of train scored by a model trained on the other: cue exact 70.41 →
     * 70.43 and 69.34 → 69.36, full 75.84 → 75.86 and 73.16 → 73.20; dev cue exact 73.86 → 73.85 (one more
     * exact, three more predicted), full 80.09 → 80.08.
     */
    public static final String STANCE = "stance";

    private static final java.util.Set<String> STANCE_NOUNS = java.util.Set.of("supporter", "opponent", "critic", "advocate",
            "proponent", "fan", "champion", "defender", "skeptic", "backer", "foe");

    /**
     * The "of" after a noun of stance said of somebody, as a predicate ("Ortiz is a fierce critic of the levy") or
     * in apposition ("Ortiz, a longtime supporter of the levy"), or -1.
     */
    private static int stanceOf(Parse parse, Token t) {
        if (!t.isNoun() || !STANCE_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        boolean predicate = parse.child(t.index(), "cop") >= 0 && parse.child(t.index(), "nsubj") >= 0;
        boolean apposed = t.relation().equals("appos") && t.head() >= 0 && t.head() < t.index();
        if (!predicate && !apposed) {
            return -1;
        }
        for (int c : parse.children(t.index())) {
            int kase = parse.child(c, "case");
            if (c > t.index() && parse.token(c).baseRelation().equals("nmod") && kase == t.index() + 1
                    && parse.token(kase).lemma().equals("of")) {
                return kase;
            }
        }
        return -1;
    }

    /** Where a stance cue begins: at the first word before the noun that hangs on it, its subject and punctuation aside. */
    private static int stanceStart(Parse parse, Token t) {
        int start = t.index();
        for (int c : parse.children(t.index())) {
            String rel = parse.token(c).relation();
            if (c < t.index() && !rel.startsWith("nsubj") && !rel.equals("punct") && !rel.equals("cc") && !rel.equals("mark")) {
                start = Math.min(start, parse.firstWord(parse.subtree(c)));
            }
        }
        return start;
    }

    /** The lemma given to "in" before a poll: "Ortiz leads by 9 points in the latest Ledger poll". */
    public static final String IN_A_POLL = "in a poll";

    /**
     * "in" before a single poll or survey whose findings the sentence gives: the poll is the source
     * (PolNeAR train: 36 of 70 such "in" are cues; "in the polls" in general, 15 of 120, is left out).
     * Not when the sentence reports it with a verb of its own ("voters in a poll said").
     */
    private boolean inAPoll(Parse parse, Token t) {
        if (!t.lemma().equals("in") || !t.relation().equals("case") || t.head() < 0) {
            return false;
        }
        Token poll = parse.token(t.head());
        if (!(poll.tag().equals("NN") || poll.tag().equals("NNP")) || !POLLS.contains(poll.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int k = poll.head();
        for (int guard = 0; k >= 0 && guard < 6 && !parse.token(k).isVerb(); guard++) {
            k = parse.token(k).head();
        }
        return k < 0 || lexicon.verb(parse.token(k).lemma()).isEmpty();
    }

    private static final java.util.Set<String> POLLS = java.util.Set.of("poll", "survey");

    /** The lemma given to "made clear" and "made it clear". */
    public static final String MAKE_CLEAR = "make clear";

    /**
     * "made clear that …", "made it clear to the council that …": one cue, with the verb's subject for
     * source (PolNeAR train: 17 such cues, all with a source and the clause after). The index of "clear", or -1.
     */
    private static int madeClear(Parse parse, Token t) {
        if (!t.isVerb() || !t.lemma().equals("make")) {
            return -1;
        }
        int k = t.index() + 1;
        if (k < parse.tokens().size() && parse.token(k).word().equalsIgnoreCase("it")) {
            k++;
        }
        return k < parse.tokens().size() && parse.token(k).sentence() == t.sentence()
                && parse.token(k).word().equalsIgnoreCase("clear") ? k : -1;
    }

    /** The lemma given to "in a statement", "in an interview" and their kin. */
    public static final String IN_A_STATEMENT = "in a statement";

    private static final java.util.Set<String> MEDIA = java.util.Set.of(
            "statement", "interview", "tweet", "post", "letter", "email", "e-mail", "memo", "op-ed", "speech",
            "column", "release", "blog", "video", "podcast", "filing", "editorial", "essay", "message");

    /** Whether token {@code i} of a sentence, tagged but not yet parsed, could be part of a cue. */
    public boolean mayCue(List<Token> sentence, int i) {
        Token t = sentence.get(i);
        boolean word = mayCue(t) && (!t.lemma().equals("put") // "put" only as "put it": the rest need no parse
                || i + 1 < sentence.size() && sentence.get(i + 1).word().equalsIgnoreCase("it"));
        return word || model.isPresent() && model.get().worthParsing(sentence, i);
    }

    /** Whether a token, tagged but not yet parsed, could be part of a lexicon cue. */
    public boolean mayCue(Token t) {
        String lemma = t.lemma();
        return t.isVerb() && lexicon.verb(lemma).isPresent()
                || t.isNoun() && (lexicon.isNoun(lemma) || MEDIA.contains(lemma))
                || t.tag().startsWith("JJ") && lexicon.isAdjective(lemma)
                || t.word().equalsIgnoreCase("according") || t.word().equalsIgnoreCase(REPORTEDLY)
                || t.isNoun() && POLLS.contains(lemma)
                || t.isNoun() && STANCE_NOUNS.contains(lemma.toLowerCase(java.util.Locale.ROOT))
                || lemma.equals("cite");
    }

    /** "That's according to a survey": annotators mark the copula with the phrase (PolNeAR train: 4 of 4). */
    private static Token copulaBefore(Parse parse, Token according) {
        int i = according.index();
        if (i >= 2 && parse.token(i - 1).lemma().equals("be") && parse.token(i - 1).sentence() == according.sentence()
                && parse.token(i - 2).word().matches("(?i)that|this")) {
            return parse.token(i - 1);
        }
        return according;
    }

    private static boolean isAccordingTo(Parse parse, Token t) {
        return t.word().equalsIgnoreCase("according") && t.index() + 1 < parse.tokens().size()
                && parse.token(t.index() + 1).word().equalsIgnoreCase("to");
    }

    /**
     * A verb cue as PolNeAR's annotators mark it: with its particle ("pointed out") and with the
     * auxiliaries, negation, adverbs and infinitive "to" right before it ("has not yet said", "also argued", "to admit"). In
     * PolNeAR train, an auxiliary just before a cue is inside it 97% of the time, an adverb 83%, "to" 78%.
     */
    private static CharSpan withParticle(Parse parse, Token verb) {
        Token last = trailingModifier(parse, verb);
        int end = last.end();
        int prt = parse.child(verb.index(), "compound:prt");
        if (prt >= 0 && prt == last.index() + 1) {
            end = parse.token(prt).end();
        } else if (verb.lemma().equals("put") && last == verb && isFollowedByIt(parse, verb)) {
            end = parse.token(verb.index() + 1).end(); // "put it"
        } else if (last.index() + 1 < parse.tokens().size()) {
            Token next = parse.token(last.index() + 1);
            if (next.sentence() == verb.sentence() && (next.tag().equals("IN") || next.tag().equals("TO"))
                    && (PREPOSITIONS.contains(next.lemma()) || next.lemma().equals("to") && TO_VERBS.contains(verb.lemma()))
                    && !(PLAIN_SPEECH.contains(verb.lemma()) && !next.lemma().equals("about"))
                    && !(next.head() >= 0 && isTime(parse.token(next.head())))) {
                end = next.end(); // "complained about", "warned of", "called for"
            } else {
                end = Math.max(objectThenPreposition(parse, verb, end), writtenMedium(parse, verb, next, end));
            }
        }
        int first = verb.index();
        while (first > 0 && leadsInto(parse.token(first - 1), verb)) {
            first--;
        }
        // "appeared to suggest", "refused to endorse": the verb that governs the cue's infinitive is in it
        Token governor = verb.head() >= 0 ? parse.token(verb.head()) : null;
        if (governor != null && verb.relation().equals("xcomp") && governor.isVerb() && governor.index() < first
                && first - governor.index() <= 2 && (first - governor.index() == 1 || parse.token(first - 1).word().equalsIgnoreCase("to"))
                && saysMore(parse, verb)) {
            first = governor.index();
            while (first > 0 && leadsInto(parse.token(first - 1), governor)) {
                first--;
            }
        }
        return new CharSpan(parse.token(first).begin(), end);
    }

    /**
     * The verb, or the adverb or weekday right after it that annotators put in the cue: "walked back",
     * "said recently", "spoke favorably of", "announced Tuesday" (in PolNeAR train an adverb of the verb
     * right after it is inside the cue 93 times in 106 on half B; a bare weekday 160 times in 237, "on
     * Tuesday" 19 in 77, so that stays out).
     */
    private static Token trailingModifier(Parse parse, Token verb) {
        int k = verb.index() + 1;
        if (k >= parse.tokens().size()) {
            return verb;
        }
        Token next = parse.token(k);
        if (next.sentence() != verb.sentence() || next.head() != verb.index()) {
            return verb;
        }
        boolean adverb = next.tag().startsWith("RB") && next.relation().equals("advmod")
                && !NOT_TRAILING.contains(next.lemma().toLowerCase(java.util.Locale.ROOT));
        boolean weekday = next.tag().equals("NNP") && WEEKDAYS.contains(next.lemma().toLowerCase(java.util.Locale.ROOT));
        return adverb || weekday ? next : verb;
    }

    /** Adverbs after a cue verb that annotators leave out of it: "so" in "said so", "now", "otherwise", "then". */
    private static final java.util.Set<String> NOT_TRAILING = java.util.Set.of("so", "now", "otherwise", "then", "not", "as",
            "too", "either", "also");

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * Whether anything but punctuation hangs on a verb after it: "refused to endorse him" is one cue,
     * "declined to comment." is "declined" and what was declined (PolNeAR train: 29 of 29 marked so).
     */
    private static boolean saysMore(Parse parse, Token verb) {
        for (int c : parse.children(verb.index())) {
            if (c > verb.index() && !parse.token(c).isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "asked the mayor about", "wrote songs about": an object right after the verb and the "about" that
     * then introduces the topic are one cue, as annotators mark it (on dev 4 of 4; with "as", "of" or
     * "to" instead — "described Ortiz as", "accused the mayor of" — they mostly leave the object out,
     * 21 of 27). The cue's end, moved past the preposition, or {@code end} as it was.
     */
    private static int objectThenPreposition(Parse parse, Token verb, int end) {
        int obj = parse.child(verb.index(), "obj");
        if (obj < 0) {
            return end;
        }
        java.util.BitSet phrase = parse.subtree(obj);
        int after = phrase.length();
        if (phrase.nextSetBit(0) != verb.index() + 1 || after - verb.index() > 7 || after >= parse.tokens().size()) {
            return end;
        }
        Token prep = parse.token(after);
        return introducesTopic(parse, prep, verb.index(), OBJECT_PREPOSITIONS) ? prep.end() : end;
    }

    /**
     * "said in a statement", "wrote in an email": a written medium right after the verb is in the cue as
     * annotators mark it (PolNeAR train: a statement 53 times in 80, a letter, email, tweet or post 30
     * in 50; a speech or an interview 34 in 84, so those stay out). The end of the medium's noun, or
     * {@code end} as it was.
     */
    private static int writtenMedium(Parse parse, Token verb, Token in, int end) {
        if (!in.lemma().equals("in") || !in.relation().equals("case") || in.head() <= in.index() || in.head() - in.index() > 3) {
            return end;
        }
        Token medium = parse.token(in.head());
        return medium.head() == verb.index() && WRITTEN.contains(medium.lemma().toLowerCase(java.util.Locale.ROOT)) ? medium.end() : end;
    }

    private static final java.util.Set<String> WRITTEN = java.util.Set.of("statement", "letter", "email", "e-mail", "tweet",
            "post", "memo", "op-ed", "column", "release", "message", "filing", "essay", "editorial");

    /**
     * Whether {@code prep} is one of {@code prepositions} marking a phrase that hangs on token {@code head}
     * and is not a time: "allegations of fraud", "asked the mayor about the strike", not "comments on Friday".
     */
    private static boolean introducesTopic(Parse parse, Token prep, int head, java.util.Set<String> prepositions) {
        return prep.relation().equals("case") && prepositions.contains(prep.lemma()) && prep.head() >= 0
                && parse.token(prep.head()).head() == head && !isTime(parse.token(prep.head()));
    }

    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("about");

    private static boolean leadsInto(Token t, Token verb) {
        if (t.sentence() != verb.sentence() || t.head() != verb.index()) {
            return false;
        }
        String rel = t.relation();
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return rel.equals("aux") || rel.equals("aux:pass")
                || rel.equals("mark") && lemma.equals("to")
                || rel.equals("advmod") && t.tag().startsWith("RB") && !NOT_LEADING.contains(lemma);
    }

    /** Prepositions annotators put inside the cue they follow: 84–98% of the time in PolNeAR train ("to" and "at" are not). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("about", "of", "for", "against", "over", "on", "with");

    /** "pointed to the polls": "to" belongs to the cue only after these. */
    private static final java.util.Set<String> TO_VERBS = java.util.Set.of("point", "refer", "object", "respond", "reply", "allude");

    /**
     * "said of the plan", "wrote on Twitter": after the plainest speech verbs, a preposition is the
     * topic or the medium, outside the cue (in PolNeAR train, "said on" 0 of 50 times, "said of" 14 of 50).
     */
    private static final java.util.Set<String> PLAIN_SPEECH = java.util.Set.of("say", "write", "tell");

    /** Whether a noun names a time ("Tuesday", "week", "morning"): a phrase it heads is when, not what. */
    public static boolean isTime(Token t) {
        return TIMES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** "said on Tuesday", "argued for years": a time, not what was said; the preposition stays out. */
    private static final java.util.Set<String> TIMES = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "year", "month", "week", "day", "decade", "time", "hour", "minute", "morning",
            "afternoon", "evening", "night", "weekend", "occasion", "while");

    /**
     * Adverbs right before a cue verb that stay outside it. Every other one is inside as annotators mark
     * it: in PolNeAR train "also" 320 of 345 times, "first" 19 of 22, "repeatedly" 12 of 12; these are
     * the ones mostly left out ("since" 0 of 5, "both" 11 of 29, "together" 0 of 2).
     */
    private static final java.util.Set<String> NOT_LEADING = java.util.Set.of("since", "together", "both", "each", "all", "so",
            "thus", "however", "therefore", "instead", "meanwhile", "too", "as", "here", "there", "where", "when", "why", "how", "yet",
            "simply");
}
