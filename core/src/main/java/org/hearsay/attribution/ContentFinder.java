package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueClass;
import org.hearsay.cues.CueLexicon;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Token;

import java.util.BitSet;

/**
 * Finds what was said, from the parse: the clausal complement of a cue ("said that ..."), the clause a
 * cue interrupts or follows ("..., he said"), an infinitive ("urged Congress to act"), an object
 * ("announced his candidacy"), or the clause around "according to X". Quotes are attached later, by
 * {@link QuoteAttacher}. Stateless.
 */
final class ContentFinder {

    private final CueLexicon lexicon;

    ContentFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Parse parse, Draft draft) {
        Cue cue = draft.cue;
        int head = cue.head();
        BitSet afterGerund = head >= 0 ? clauseAfterGerund(parse, head) : null;
        BitSet content = head >= 0 && org.hearsay.cues.CueDetector.participleMisread(parse, parse.token(head)) ? misreadClause(parse, head)
                : afterGerund != null ? afterGerund
                : SourceFinder.experiencer(parse, head) >= 0 ? felt(parse, head) : switch (cue.kind()) {
            case PHRASE -> cue.lemma().equals(org.hearsay.cues.CueDetector.STANCE) ? nounTopic(parse, cue) // "a critic of the levy"
                    : cue.lemma().equals(org.hearsay.cues.CueDetector.REPORTEDLY) ? qualifiedClause(parse, head)
                    : cue.lemma().equals(org.hearsay.cues.CueDetector.IN_A_STATEMENT)
                    ? statementClause(parse, head)
                    : accordingToClause(parse, head);
            case NOUN -> orElse(clause(parse, head, "acl", "ccomp", "acl:relcl"), nounTopic(parse, cue));
            case ADJECTIVE -> orElse(orElse(clause(parse, head, "ccomp"), misattachedClause(parse, head)),
                    adjectiveTopic(parse, head));
            case LAYOUT -> null;
            case COGNITION -> orElse(raised(parse, head), orElse(orElse(orElse(clause(parse, head, "ccomp"), depClause(parse, head)),
                    infinitive(parse, head)), orElse(orElse(relativeReport(parse, head), subjectTakenForObject(parse, head)),
                    orElse(thoughtObject(parse, head), orElse(seenAs(parse, head), thoughtPronoun(parse, head))))));
            case EVIDENCE -> orElse(orElse(clause(parse, head, "ccomp"), orElse(depClause(parse, head), shownObject(parse, head))),
                    thoughtObject(parse, head));
            case SPEECH -> speech(parse, draft, head);
            case LEARNED -> orElse(speech(parse, draft, head), prepositionalComplement(parse, head));
        };
        if ((content == null || content.isEmpty()) && endsInPreposition(parse, cue)) {
            content = prepositionalComplement(parse, head); // "called for a ban", "pointed to the polls"
            BitSet inf = content == null ? null : infinitive(parse, head);
            if (inf != null) {
                content.or(inf); // "called on the minister to resign"
            }
        }
        if (content == null || content.isEmpty()) {
            return;
        }
        if (draft.source != null) {
            for (int k : parse.tokensIn(draft.source)) {
                content.clear(k); // the source's own words, not its subtree: "voters saying they …" keeps "they …"
            }
        }
        for (var f : parse.fragments(content)) {
            draft.addContent(f);
        }
    }

    /**
     * What follows ", saying" where the parser made the participle an adjective on the next noun: the
     * largest phrase over that noun that starts after the participle ("airstrikes have been inadequate").
     */
    private static BitSet misreadClause(Parse parse, int participle) {
        int top = participle + 1;
        while (parse.token(top).head() >= 0 && parse.subtree(parse.token(top).head()).nextSetBit(0) >= participle) {
            top = parse.token(top).head();
        }
        BitSet out = parse.subtree(top);
        out.clear(0, participle + 1);
        return out;
    }

    /** What a verb of feeling's feeler feels about: its subject ("That frustrates many analysts"). */
    private static BitSet felt(Parse parse, int verb) {
        int subject = VerbSubjects.of(parse, verb);
        return subject >= 0 && subject < verb ? parse.subtree(subject) : null;
    }

    private BitSet speech(Parse parse, Draft draft, int verb) {
        int between = VerbSubjects.midSentenceInversion(parse, verb);
        if (between >= 0) {
            // "The real threat, says the union, is the crane": the clause around the verb, its commas and speaker
            BitSet around = new BitSet();
            var sentence = parse.sentenceOf(parse.token(verb));
            around.set(sentence.firstToken(), sentence.endToken());
            around.clear(verb - 1, VerbSubjects.closingComma(parse, between) + 1);
            return around;
        }
        BitSet c = orElse(clause(parse, verb, "ccomp"), depClause(parse, verb));
        if (c == null && draft.cue.lemma().equals(org.hearsay.cues.CueDetector.MAKE_CLEAR)) {
            c = clause(parse, parse.firstTokenAtOrAfter(draft.cue.span().end()) - 1, "ccomp"); // "made it clear that …"
        }
        if (c != null) {
            return c;
        }
        Token v = parse.token(verb);
        if (v.lemma().equals("ask")) {
            c = question(parse, verb);
            if (c != null) {
                return c;
            }
        }
        BitSet relative = orElse(relativeReport(parse, verb), subjectTakenForObject(parse, verb));
        if (relative != null) {
            return relative;
        }
        // "..., he said." and "“...,” he said, “...”": the cue hangs off the clause it reports; what it
        // reports is the rest of its sentence
        boolean trailing = VerbSubjects.isTrailingInversion(parse, verb);
        // (not a verb in a clause of its own: "… may fade now that the governor has endorsed him")
        // (nor a verb with words of its own after it: "…, calling them wreckers" reports "them wreckers", "The
        // strike is unpopular, the councillor repeated his promise …" the promise; in half B of PolNeAR train,
        // 68 of 71 participles the parse hung on the clause before have their content after. An object counts
        // unless it is the one told, "…, she told reporters"; a preposition only for a participle, since
        // "…, he said at a rally" trails its report)
        boolean ownWords = v.tag().equals("VBG") && hasChildAfter(parse, verb, "obj", "xcomp", "ccomp", "obl")
                || hasChildAfter(parse, verb, "xcomp", "ccomp") || hasChildAfter(parse, verb, "obj") && !lexicon.objectIsRecipient(v.lemma());
        boolean hangs = (v.relation().equals("parataxis") || v.relation().equals("dep")
                || v.relation().equals("ccomp") && v.head() < verb) && parse.child(verb, "mark") < 0 && !ownWords
                && !VerbSubjects.isThenVerb(parse, verb) || trailing; // not "Ortiz paused, then revealed why …"
        if (hangs && v.head() >= 0 || trailing) {
            BitSet around = new BitSet();
            var sentence = parse.sentenceOf(v);
            around.set(sentence.firstToken(), sentence.endToken());
            around.andNot(parse.subtree(verb));
            if (v.head() < verb || trailing) {
                // the cue trails its content: what follows it ("…, citing officials") is not what it reports;
                // the second half of an interrupted quote is given back by the quote attacher
                around.clear(verb, sentence.endToken());
            }
            return around;
        }
        int para = parse.child(verb, "parataxis");
        if (para > verb) {
            return parse.subtree(para);
        }
        BitSet inf = infinitive(parse, verb);
        if (inf == null && lexicon.objectIsRecipient(v.lemma())) {
            inf = toldTo(parse, verb);
        }
        if (inf != null) {
            int obj = parse.child(verb, "obj");
            if (obj >= 0 && !lexicon.objectIsRecipient(v.lemma())) {
                inf.or(parse.subtree(obj));
            }
            return inf;
        }
        int obj = parse.child(verb, "obj");
        if (obj < 0) {
            obj = sharedObject(parse, verb);
        }
        int pred = parse.child(verb, "xcomp");
        boolean objectIsContent = lexicon.objectIsContent(v.lemma()) || draft.cue.kind() == CueClass.LEARNED;
        if (obj >= 0 && objectIsContent) {
            BitSet o = parse.subtree(obj);
            int named = parse.child(verb, "iobj");
            if (named > verb && named < obj && !lexicon.objectIsRecipient(v.lemma())) {
                o.or(parse.subtree(named)); // "calling them a necessity", parsed as two objects
            }
            if (pred >= 0) {
                o.or(parse.subtree(pred)); // "called the plan a disaster"
            }
            o.or(chargeOfObject(parse, verb, obj)); // "accused the union of holding the economy hostage", "praised her for ..."
            return o;
        }
        if (pred >= 0 && pred > verb && objectIsContent) {
            return parse.subtree(pred); // "called the offer a gesture", parsed as a small clause
        }
        BitSet charge = charge(parse, verb, verb);
        int passiveSubject = parse.child(verb, "nsubj:pass");
        if (obj < 0 && passiveSubject >= 0 && passiveSubject < verb && objectIsContent
                && (!charge.isEmpty() || lexicon.objectIsContent(v.lemma()))) {
            // "the mayor was criticized for closing the port", "the meeting was first reported by the Post"
            charge.or(parse.subtree(passiveSubject));
            if (pred > verb) {
                charge.or(parse.subtree(pred)); // "was announced the winner"
            }
            return charge;
        }
        if (!charge.isEmpty() && lexicon.objectIsRecipient(v.lemma())) {
            return charge; // "thanked the crew for staying on"
        }
        return null;
    }

    /** The phrases after token {@code after} that say what someone is blamed or praised for ("of", "for", "as", "over"). */
    private static BitSet charge(Parse parse, int verb, int after) {
        return charge(parse, verb, after, CHARGE_PREPOSITIONS);
    }

    /**
     * After a verb's object, also what it is likened to or credited with ("likened the levy to a tax",
     * "credited the crew with saving the port"), which the annotators draw with the object: on the train
     * halves a content that stopped before "to" was short of the gold one 42 times against 6 right, before
     * "with" 19 against 4. Not where the object is a message ("sent a letter to the mayor": the mayor is
     * who it went to).
     */
    private static BitSet chargeOfObject(Parse parse, int verb, int obj) {
        if (CueLexicon.MESSAGES.contains(parse.token(obj).lemma())) {
            return charge(parse, verb, obj);
        }
        return charge(parse, verb, obj, CHARGE_OR_LIKENING_PREPOSITIONS);
    }

    private static BitSet charge(Parse parse, int verb, int after, java.util.Set<String> prepositions) {
        BitSet out = new BitSet();
        for (int k : parse.children(verb)) {
            int kase = parse.child(k, "case");
            if (k > after && parse.token(k).baseRelation().equals("advcl") && kase < 0) {
                kase = parse.child(k, "mark");
            }
            if (k > after && kase >= 0 && prepositions.contains(parse.token(kase).lemma())
                    && (parse.token(k).baseRelation().equals("obl") || parse.token(k).baseRelation().equals("advcl"))) {
                out.or(parse.subtree(k));
            }
        }
        return out;
    }

    /**
     * "polls show Clinton leading Trump", "a study showing her ahead": what evidence shows may be an
     * object with its predicate. Only after the verb, and only with the predicate or a clause on the noun.
     */
    private static BitSet shownObject(Parse parse, int verb) {
        int obj = parse.child(verb, "obj");
        if (obj < verb) {
            return null;
        }
        int pred = parse.child(verb, "xcomp");
        if (pred < 0) {
            pred = standing(parse, verb, obj); // "show Clinton with a lead", "shows Clinton ahead by 3 points"
        }
        int clause = parse.child(obj, "acl", "amod", "acl:relcl");
        if (pred < 0 && clause < 0) {
            return null;
        }
        BitSet out = parse.subtree(obj);
        if (pred > verb) {
            out.or(parse.subtree(pred));
        }
        return out;
    }

    /** Where the shown object stands, after it: "with a lead", "ahead", "behind by two points"; or -1. */
    private static int standing(Parse parse, int verb, int obj) {
        for (int owner : new int[] {verb, obj}) {
            for (int k : parse.children(owner)) {
                if (k <= obj) {
                    continue;
                }
                Token t = parse.token(k);
                int kase = parse.child(k, "case");
                if ((t.baseRelation().equals("obl") || t.baseRelation().equals("nmod")) && kase >= 0
                        && parse.token(kase).lemma().equals("with")
                        || t.relation().equals("advmod") && STANDINGS.contains(t.lemma())) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static final java.util.Set<String> STANDINGS = java.util.Set.of("ahead", "behind", "up", "down", "even", "tied");

    /** Whether a verb cue's span ends in the preposition after the verb ("called for", "pointed to"). */
    private static boolean endsInPreposition(Parse parse, Cue cue) {
        int last = parse.firstTokenAtOrAfter(cue.span().end()) - 1;
        return last > cue.head() && (parse.token(last).tag().equals("IN") || parse.token(last).tag().equals("TO"));
    }

    /**
     * "fired and defended Ortiz": the object after a second conjunct that UD hangs on the first, shared by
     * both; -1 when there is none.
     */
    private static int sharedObject(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (!v.relation().equals("conj") || v.head() < 0 || v.head() > verb) {
            return -1;
        }
        int obj = parse.child(v.head(), "obj");
        return obj > verb ? obj : -1;
    }

    /** "believe that.", "thinks so", "understood this": a thought whose content is the one word standing for it. */
    private static BitSet thoughtPronoun(Parse parse, int verb) {
        int next = verb + 1;
        if (next >= parse.tokens().size() || parse.token(next).head() != verb) {
            return null;
        }
        Token t = parse.token(next);
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean pronoun = t.baseRelation().equals("obj") && (w.equals("that") || w.equals("this") || w.equals("it"))
                || t.baseRelation().equals("advmod") && w.equals("so");
        if (!pronoun) {
            return null;
        }
        BitSet o = new BitSet();
        o.set(next);
        return o;
    }

    /**
     * "are well aware of these problems", "skeptical of free trade", "angry about the delays": what an adjective
     * of stance is about, the phrase of the preposition right after it.
     */
    private static BitSet adjectiveTopic(Parse parse, int adjective) {
        for (int k : parse.children(adjective)) {
            int kase = parse.child(k, "case");
            if (k > adjective && parse.token(k).baseRelation().equals("obl") && kase == adjective + 1
                    && ADJECTIVE_TOPICS.contains(parse.token(kase).lemma())) {
                BitSet o = parse.subtree(k);
                o.clear(kase);
                return o;
            }
        }
        return null;
    }

    private static final java.util.Set<String> ADJECTIVE_TOPICS = java.util.Set.of("of", "about", "in", "on", "over");

    /** "called for a ban", "pointed to the polls", "spoke of betrayal": the phrase after the cue. */
    private static BitSet prepositionalComplement(Parse parse, int verb) {
        for (int k : parse.children(verb)) {
            String rel = parse.token(k).baseRelation();
            // "called on the minister to resign" comes parsed as an adverbial clause marked by "on"
            int kase = rel.equals("advcl") && k - 1 > verb ? parse.child(k, "mark") : parse.child(k, "case");
            if (k > verb && (rel.equals("obl") || rel.equals("advcl") && kase == verb + 1) && kase >= 0
                    && COMPLEMENT_PREPOSITIONS.contains(parse.token(kase).lemma())
                    && !org.hearsay.cues.CueDetector.isTime(parse.token(k))) { // "spoke on Tuesday": when, not what
                BitSet o = parse.subtree(k);
                o.clear(kase);
                return o;
            }
        }
        return null;
    }

    /**
     * "her allegations of fraud", "his comments about the port": what a noun cue is about, the phrase of
     * the preposition its span ends in (see CueDetector's topic prepositions).
     */
    private static BitSet nounTopic(Parse parse, Cue cue) {
        int last = parse.firstTokenAtOrAfter(cue.span().end()) - 1;
        if (last <= cue.head() || parse.token(last).head() < 0) {
            return null;
        }
        BitSet o = parse.subtree(parse.token(last).head());
        o.clear(last);
        return o;
    }

    private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of("for", "to", "of", "about", "on", "against", "with");

    private static final java.util.Set<String> CHARGE_PREPOSITIONS = java.util.Set.of("of", "for", "as", "over");
    /** What an object is likened to or credited with ("likened the levy to a tax", "credited the crew with …"). */
    private static final java.util.Set<String> LIKENING_PREPOSITIONS = java.util.Set.of("to", "with");
    private static final java.util.Set<String> CHARGE_OR_LIKENING_PREPOSITIONS = union(CHARGE_PREPOSITIONS, LIKENING_PREPOSITIONS);

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return java.util.Set.copyOf(all);
    }

    private static BitSet clause(Parse parse, int head, String... relations) {
        int c = parse.child(head, relations);
        if (c >= 0 && c < head) {
            // "On a day that seemed to capture it, Obama warned that …": of two clauses the parser gave the
            // verb, one before it and one after, what it reports is the one after
            int later = childAfter(parse, head, relations);
            c = later >= 0 ? later : c;
        }
        if (c < 0) {
            return null;
        }
        if (relations.length > 1 && parse.token(c).relation().startsWith("acl")) {
            // a noun's clause counts only as "the claim that ...", not "the statement it issued"
            int mark = parse.child(c, "mark");
            if (mark < 0 || !parse.token(mark).lemma().equals("that")) {
                return null;
            }
        }
        return parse.subtree(c);
    }

    /**
     * The first child after {@code head} whose relation, without its subtype, is one of {@code relations};
     * -1 if none.
     */
    private static int childAfter(Parse parse, int head, String... relations) {
        for (int k : parse.children(head)) {
            if (k > head && java.util.Arrays.asList(relations).contains(parse.token(k).baseRelation())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean hasChildAfter(Parse parse, int verb, String... relations) {
        return childAfter(parse, verb, relations) >= 0;
    }

    /**
     * "told his supporters at a rally to go and vote": what the one spoken to was told to do, when the
     * parser hung the infinitive on the verb as an adverbial clause after the object.
     */
    private static BitSet toldTo(Parse parse, int verb) {
        int obj = parse.child(verb, "obj");
        if (obj < verb) {
            return null;
        }
        return adverbialClause(parse, verb, obj, TO);
    }

    /**
     * "Ortiz's supporters seemed unperturbed", "the board appears to be moving": what seems is the subject
     * with its complement (PolNeAR train: 65 of 75 "seem" and 73 of 79 "appear" so, with no source).
     */
    private static BitSet raised(Parse parse, int verb) {
        if (!SourceFinder.isRaising(parse.token(verb))) {
            return null;
        }
        int subject = parse.child(verb, "nsubj");
        int complement = parse.child(verb, "xcomp");
        if (subject < 0 || subject > verb || complement < verb || parse.token(subject).word().equalsIgnoreCase("it")) {
            return null;
        }
        BitSet out = parse.subtree(subject);
        out.or(parse.subtree(complement));
        return out;
    }

    /** "Asked if he was ever bullied, …": the question, which parsers hang on "asked" as an adverbial clause. */
    private static BitSet question(Parse parse, int verb) {
        return adverbialClause(parse, verb, verb, QUESTION_MARKERS);
    }

    private static final java.util.Set<String> TO = java.util.Set.of("to");
    private static final java.util.Set<String> QUESTION_MARKERS = java.util.Set.of("if", "whether");

    /** The first adverbial clause of {@code verb} after token {@code after}, opened there by one of {@code markers}; or null. */
    private static BitSet adverbialClause(Parse parse, int verb, int after, java.util.Set<String> markers) {
        for (int k : parse.children(verb)) {
            int mark = parse.child(k, "mark");
            if (k > after && parse.token(k).baseRelation().equals("advcl") && mark > after
                    && markers.contains(parse.token(mark).word().toLowerCase(java.util.Locale.ROOT))) {
                return parse.subtree(k);
            }
        }
        return null;
    }

    /**
     * "fear a trade war", "consider the plan a mistake", "found 31 cases": what is thought or found is the
     * object, with its predicate, for the verbs the lexicon lists as taking what was said for object.
     */
    private BitSet thoughtObject(Parse parse, int verb) {
        int obj = parse.child(verb, "obj");
        if (obj < verb || !lexicon.objectIsContent(parse.token(verb).lemma())) {
            return null;
        }
        BitSet o = parse.subtree(obj);
        int pred = parse.child(verb, "xcomp");
        if (pred > obj) {
            o.or(parse.subtree(pred));
        }
        return o;
    }

    /**
     * "by saying he would be willing", "before insisting he had …": a gerund the parser made an oblique or
     * marker of the clause it introduces, that clause starting right after it (or after "that"). Returns the
     * clause's head, or -1. A gerund with words of its own after it is no such thing ("After announcing his
     * support, Rubio still believes …").
     */
    static int gerundOverClause(Parse parse, int gerund) {
        Token g = parse.token(gerund);
        if (!g.tag().equals("VBG") || g.head() <= gerund || !(g.baseRelation().equals("obl") || g.relation().equals("mark")
                || g.baseRelation().equals("advcl"))) {
            return -1;
        }
        for (int c : parse.children(gerund)) {
            if (c > gerund || !GERUND_LEADS.contains(parse.token(c).baseRelation())) {
                return -1;
            }
        }
        int clause = g.head();
        int subject = parse.child(clause, "nsubj", "nsubj:pass", "expl");
        if (subject <= gerund || subject > clause) {
            return -1;
        }
        int start = parse.subtree(subject).nextSetBit(0);
        boolean that = start == gerund + 2 && parse.token(gerund + 1).word().equalsIgnoreCase("that");
        return start == gerund + 1 || that ? clause : -1;
    }

    /** What may hang on such a gerund before it: "by", "while", "later". */
    private static final java.util.Set<String> GERUND_LEADS = java.util.Set.of("case", "mark", "advmod", "punct");

    /** The clause a gerund over a clause introduces, from the word after it; null for any other token. */
    private static BitSet clauseAfterGerund(Parse parse, int gerund) {
        int clause = gerundOverClause(parse, gerund);
        if (clause < 0) {
            return null;
        }
        BitSet out = parse.subtree(clause);
        out.clear(0, gerund + 1);
        return out;
    }

    /**
     * "sees the levy as a threat", "remembered Ortiz as a fair man": what is thought is the object with what
     * it is taken for; in the passive ("the levy is widely seen as a tax") the subject with it. PolNeAR train
     * marks these for verbs of thinking that the lexicon does not give their object ("see", "remember", "know").
     */
    private static BitSet seenAs(Parse parse, int verb) {
        int obj = parse.child(verb, "obj");
        int thing = obj > verb ? obj : parse.child(verb, "nsubj:pass");
        if (thing < 0 || thing != obj && thing > verb) {
            return null;
        }
        int after = Math.max(thing, verb);
        for (int c : parse.children(verb)) {
            String rel = parse.token(c).baseRelation();
            if (c <= after || !(rel.equals("obl") || rel.equals("advcl") || rel.equals("xcomp"))) {
                continue;
            }
            int as = parse.child(c, "case");
            if (as < 0) {
                as = parse.child(c, "mark");
            }
            if (as > after && parse.token(as).word().equalsIgnoreCase("as")) {
                BitSet out = parse.subtree(c);
                out.or(parse.subtree(thing));
                return out;
            }
        }
        return null;
    }

    private static BitSet infinitive(Parse parse, int verb) {
        int x = parse.child(verb, "xcomp");
        if (x < 0 || x < verb) {
            return null;
        }
        int mark = parse.child(x, "mark");
        if (mark < 0 || !parse.token(mark).word().equalsIgnoreCase("to")) {
            return null;
        }
        return parse.subtree(x);
    }

    /**
     * "has been clear it does not want ...": without "that", parsers often make the adjective a
     * modifier of the clause it introduces. The part of that clause after the adjective is the content.
     */
    private static BitSet misattachedClause(Parse parse, int adjective) {
        Token a = parse.token(adjective);
        if (!a.relation().equals("advcl") || a.head() <= adjective || !parse.token(a.head()).isVerb()) {
            return null;
        }
        BitSet out = parse.subtree(a.head());
        out.andNot(parse.subtree(adjective));
        out.clear(0, adjective + 1);
        return out;
    }

    /**
     * "said the queue stretched ...", "said it would tell a story", where the parser filed the reported
     * clause, subject and all, as a bare dep or an open complement.
     */
    private static BitSet depClause(Parse parse, int verb) {
        for (int c : parse.children(verb)) {
            Token t = parse.token(c);
            if (c > verb && (t.relation().equals("dep") || t.relation().equals("xcomp")) && t.isVerb()
                    && parse.child(c, "nsubj", "nsubj:pass") >= 0) {
                return parse.subtree(c);
            }
        }
        return null;
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "that", "what", "whom");

    /**
     * "the levy, which Ortiz said was a mistake", "what the union calls the worst port": the parser makes the
     * relative pronoun the verb's object and hangs the rest of the reported clause on the verb after it; what
     * was said is both, as the annotators draw it ("which … was a mistake"). Not where nothing follows ("which
     * he has denied").
     */
    private static BitSet relativeReport(Parse parse, int verb) {
        int pronoun = parse.child(verb, "obj");
        if (pronoun < 0 || pronoun > verb || !RELATIVES.contains(parse.token(pronoun).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (int c : parse.children(verb)) {
            String relation = parse.token(c).relation();
            if (c > verb && (relation.equals("obj") || relation.equals("dep") || relation.equals("xcomp"))) {
                BitSet out = parse.subtree(pronoun);
                out.or(parse.subtree(c));
                return out;
            }
        }
        return null;
    }

    /**
     * "Ortiz said the real threat is the levy, and he left": the parser took "the real threat" for the verb's
     * object and made the verb the clausal subject of "levy", as if "Ortiz said the real threat" were what is
     * the levy. What was said runs from the object through the predicate it was cut from, up to the comma
     * that ends the predicate's own words (the reach to the sentence's end is {@link SurfaceShapes}'s to give).
     */
    private static BitSet subjectTakenForObject(Parse parse, int verb) {
        Token v = parse.token(verb);
        int predicate = v.head();
        int obj = parse.child(verb, "obj");
        if (!v.relation().equals("csubj") || predicate <= verb || obj < verb) {
            return null;
        }
        BitSet out = new BitSet();
        out.set(parse.subtree(obj).nextSetBit(0), parse.subtree(predicate).length());
        for (int c : parse.children(predicate)) {
            Token t = parse.token(c);
            if (c > predicate && t.relation().equals("punct") && (t.word().equals(",") || t.word().equals(";"))) {
                out.clear(c, parse.tokens().size());
                break;
            }
        }
        return out;
    }

    private static BitSet orElse(BitSet a, BitSet b) {
        return a != null ? a : b;
    }

    /** "In a statement, the ministry rejected the report": the clause, without the phrase. */
    private static BitSet statementClause(Parse parse, int noun) {
        int verb = parse.token(noun).head();
        BitSet out = parse.subtree(verb);
        out.andNot(parse.subtree(noun));
        return out;
    }

    /** "The union is reportedly planning a strike": the clause an adverb qualifies, without the adverb. */
    private static BitSet qualifiedClause(Parse parse, int adverb) {
        int clause = parse.token(adverb).head();
        if (clause < 0) {
            return null;
        }
        BitSet out = parse.subtree(clause);
        out.clear(adverb);
        return hasWords(parse, out) ? out : null;
    }

    /** The clause that "according to X" qualifies, without the phrase itself. */
    private static BitSet accordingToClause(Parse parse, int according) {
        int object = SourceFinder.accordingToObject(parse, according);
        if (object < 0) {
            return null;
        }
        int clause = parse.token(object).head();
        if (clause < 0 || clause == according) {
            clause = object;
        }
        // climb to the clause the phrase qualifies: through nouns, infinitives and adverbial clauses,
        // but not out of a reported clause or a coordinated one, which are claims of their own
        int guard = 0;
        while (clause >= 0 && guard++ < 12) {
            Token c = parse.token(clause);
            String rel = c.baseRelation();
            boolean stop = rel.equals("root") || rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("conj")
                    || rel.equals("csubj");
            if (stop || c.head() < 0) {
                break;
            }
            clause = c.head();
        }
        if (clause < 0) {
            return null;
        }
        BitSet out = parse.subtree(clause);
        BitSet phrase = parse.subtree(object);
        phrase.set(according);
        phrase.set(according + 1);
        out.andNot(phrase);
        return hasWords(parse, out) ? out : accordingToByPosition(parse, according);
    }

    /**
     * When the parser made the source's noun the head of the sentence ("According to early results of
     * polls conducted by a firm, majorities say …", "That's according to a survey."): what comes after
     * the opening phrase's comma, or what comes before "according" but the copula.
     */
    private static BitSet accordingToByPosition(Parse parse, int according) {
        var sentence = parse.sentenceOf(parse.token(according));
        BitSet out = new BitSet();
        if (according == sentence.firstToken()) {
            int comma = SourceFinder.accordingToPhraseEnd(parse, according);
            if (comma < sentence.endToken()) {
                out.set(comma + 1, sentence.endToken());
            }
        } else {
            for (int k = sentence.firstToken(); k < according; k++) {
                if (!parse.token(k).lemma().equals("be") && !parse.token(k).isPunctuation()) {
                    out.set(k);
                }
            }
        }
        return out;
    }

    private static boolean hasWords(Parse parse, BitSet tokens) {
        for (int k = tokens.nextSetBit(0); k >= 0; k = tokens.nextSetBit(k + 1)) {
            if (!parse.token(k).isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    static boolean isClausal(CueClass kind) {
        return kind == CueClass.COGNITION || kind == CueClass.EVIDENCE;
    }
}
