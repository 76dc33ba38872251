package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueDetector;
import org.hearsay.cues.CueLexicon;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;

import java.util.BitSet;

/**
 * Finds who an attribution is by: the subject of its cue verb ({@link VerbSubjects}: borrowed from the
 * governing verb for "..., warning that" and "said ... and added"), the agent of a passive, the possessor of a noun cue,
 * the object of "according to". The source span is the whole phrase as written, with its title,
 * apposition or relative clause. Stateless.
 */
final class SourceFinder {

    void find(Parse parse, Draft draft) {
        Cue cue = draft.cue;
        int feeler = experiencer(parse, cue.head());
        int head = feeler >= 0 ? feeler : switch (cue.kind()) {
            case PHRASE -> cue.lemma().equals(CueDetector.STANCE) ? stanceHolder(parse, cue.head())
                    : cue.lemma().equals(CueDetector.REPORTEDLY) ? -1 : cue.lemma().equals(CueDetector.IN_A_STATEMENT)
                    ? VerbSubjects.of(parse, parse.token(cue.head()).head())
                    : accordingToObject(parse, cue.head());
            case NOUN -> nounSource(parse, cue.head());
            case LAYOUT -> -1;
            default -> VerbSubjects.of(parse, cue.head());
        };
        if (cue.kind() != org.hearsay.cues.CueClass.PHRASE && cue.kind() != org.hearsay.cues.CueClass.NOUN
                && VerbSubjects.isRecipientPassive(parse, cue.head())) {
            head = VerbSubjects.passiveAgent(parse, cue.head()); // the one asked is not the source; whoever asked is
            if (head >= 0) {
                setSource(parse, draft, cue, head);
            }
            return;
        }
        if (feeler < 0 && head > cue.head() && cue.kind() != org.hearsay.cues.CueClass.SPEECH
                && INVERTED.contains(parse.token(head).relation())) {
            // '…," said Ortiz' inverts verbs of saying only: after "opposed", "supported", "worries" the
            // noun the parser took for an inverted speaker is the object (half B of PolNeAR train: 2 right, 30 wrong)
            head = -1;
        }
        head = objectMadeSubject(parse, cue, head);
        head = reporterOfConjunct(parse, cue, head);
        if (holderless(parse, cue, head)) {
            return;
        }
        if (head >= 0 && cue.kind() != org.hearsay.cues.CueClass.PHRASE && !VerbSubjects.isSomebody(parse, head)) {
            // "Bennett denied that a shakeup is coming, explaining …": the parser hung the participle on the
            // reported clause, whose subject is a thing; the one explaining is the sentence's speaker
            int main = participleAfterComma(parse, cue);
            boolean pronoun = parse.token(head).tag().equals("PRP");
            if (main >= 0 && main != head && (VerbSubjects.isSomebody(parse, main)
                    || isPersonalPronoun(parse.token(main)) && !pronoun
                    || pronoun && parse.token(main).isNoun() && !VerbSubjects.quotedBefore(parse, main, cue.head())
                    && inReportedClause(parse, head))) {
                head = main; // "the company said it would …, warning that": the company, not its "it"
            }
        }
        int sender = cue.kind() == org.hearsay.cues.CueClass.PHRASE ? -1 : authorOfRelativeMessage(parse, cue.head(), head);
        if (sender >= 0) {
            head = sender;
        }
        if (head < 0 && parse.token(cue.head()).isVerb() && cue.kind() != org.hearsay.cues.CueClass.PHRASE) {
            int pronoun = relativePronounBefore(parse, cue);
            if (pronoun >= 0) {
                head = pronoun;
            } else if (reducedRelativeSubject(parse, cue.head()) >= 0) {
                int subject = reducedRelativeSubject(parse, cue.head());
                BitSet tokens = parse.subtree(subject);
                int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
                tokens.set(tokens.nextSetBit(0), cueFirst);
                CharSpan span = PhraseSpans.trimmedCover(parse, tokens);
                if (span != null) {
                    draft.sourceHead = subject;
                    draft.source = span;
                }
                return;
            }
        }
        if (head >= 0 && isRelativePronoun(parse.token(head)) && parse.token(cue.head()).relation().equals("acl:relcl")
                && parse.token(parse.firstTokenAtOrAfter(cue.span().begin()) - 1).word().equals(",")) {
            head = -1; // "Ortiz, a minister who is a critic of the port, suggests": no relative clause
        }
        if (head < 0 && parse.token(cue.head()).isVerb() && cue.kind() != org.hearsay.cues.CueClass.PHRASE) {
            int[] left = subjectOnTheLeft(parse, cue);
            if (left != null) {
                draft.sourceHead = left[1];
                draft.source = new CharSpan(parse.token(left[0]).begin(), parse.token(left[2]).end());
                return;
            }
            head = participleAfterComma(parse, cue);
            if (head < 0) {
                head = speakerBesideQuote(parse, cue.head());
            }
            if (head < 0) {
                head = authorOfMessage(parse, cue.head());
            }
            if (head < 0) {
                head = bearerOfParticiple(parse, cue.head());
            }
            if (head < 0) {
                head = withAbsolute(parse, cue.head());
            }
            if (head < 0) {
                head = subjectOfCoordinated(parse, cue.head());
            }
            if (head < 0) {
                head = nounBeforeParticiple(parse, cue);
            }
        }
        if (head >= 0) {
            setSource(parse, draft, cue, head);
        }
    }

    /** The source phrase over {@code head}, trimmed to how annotators draw a speaker. */
    private static void setSource(Parse parse, Draft draft, Cue cue, int head) {
        if (cue.kind() != org.hearsay.cues.CueClass.PHRASE && head < cue.head()) {
            head = unclosedApposition(parse, head, parse.firstTokenAtOrAfter(cue.span().begin()));
        }
        BitSet tokens = parse.subtree(head);
        if (isRelativePronoun(parse.token(head))) {
            tokens.clear();
            tokens.set(head); // "which", whatever the parser hung on it ("which together vowed")
        }
        // a stance's head is its noun, in apposition to the holder ("Ruiz, a critic of …"): cut at the cue below instead
        if (cue.kind() == org.hearsay.cues.CueClass.PHRASE && !cue.lemma().equals(CueDetector.STANCE)) {
            tokens.clear(cue.head());
            if (cue.head() + 1 < parse.tokens().size() && parse.token(cue.head() + 1).word().equalsIgnoreCase("to")) {
                tokens.clear(cue.head() + 1);
            }
            if (parse.token(head).baseRelation().equals("root") && cue.lemma().equals("according to")) {
                tokens.and(accordingToPhrase(parse, cue.head())); // the source's noun made head of the sentence
            }
            if (cue.lemma().equals("according to")) {
                cutAtClauseBreak(parse, head, tokens);
            }
        }
        // a source never reaches into its own cue (inverted "adds the Times, which ..."), nor across it
        if (head > cue.head()) {
            tokens.clear(0, cue.head());
        } else if (head < cue.head() && tokens.get(cue.head())) {
            int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
            // "voters saying …", and "Trump, after railing against …" without the gerund's preposition
            tokens.clear(VerbSubjects.isPrepositionalGerund(parse, cueFirst) ? cueFirst - 1 : cueFirst, tokens.length());
        }
        tokens.clear(cue.head());
        PhraseSpans.trimSpeakerPhrase(parse, head, tokens);
        CharSpan span = PhraseSpans.trimmedCover(parse, tokens);
        if (span != null) {
            draft.sourceHead = head;
            draft.source = span;
        }
    }

    /**
     * "That frustrates many analysts", "the attacks have alarmed her supporters": a verb of feeling whose
     * subject is what is felt about holds its feeler as object, and the feeler is the source (PolNeAR train
     * draws it so 48 times, where the source of such a cue is after it). -1 where the verb is not such a verb,
     * is passive or has no object after it. Its content is then its subject ({@link ContentFinder}).
     */
    static int experiencer(Parse parse, int verb) {
        if (verb < 0) {
            return -1;
        }
        Token v = parse.token(verb);
        if (!v.isVerb() || !FEELING_CAUSED.contains(v.lemma()) || parse.child(verb, "aux:pass", "nsubj:pass") >= 0) {
            return -1;
        }
        int object = parse.child(verb, "obj");
        return object > verb && !isRelativePronoun(parse.token(object)) ? object : -1;
    }

    private static final java.util.Set<String> FEELING_CAUSED = java.util.Set.of("frustrate", "irritate", "alarm",
            "anger", "upset", "infuriate", "outrage", "worry", "concern", "trouble", "bother", "dismay", "disappoint",
            "shock", "surprise", "annoy", "disturb", "enrage", "scare", "frighten", "delight", "impress", "baffle",
            "puzzle", "confuse", "embarrass", "appall", "horrify", "offend", "unnerve", "startle",
            "astonish", "amaze", "disgust");

    /**
     * The tokens an "according to" phrase can span when the parser made its noun the head of the
     * sentence: up to the comma after it when it opens the sentence, to the sentence end otherwise.
     */
    private static BitSet accordingToPhrase(Parse parse, int according) {
        BitSet phrase = new BitSet();
        phrase.set(according + 2, Math.max(according + 2, accordingToPhraseEnd(parse, according)));
        return phrase;
    }

    /**
     * "according to Ms. Epstein, are 16 …", "according to one report, $234 million …", "according to
     * HuffPo: “…”": what the parser hung on the source after a comma that a finite verb or a figure
     * follows, or after a colon that opens a quote, is the sentence going on, not the source's phrase.
     */
    private static void cutAtClauseBreak(Parse parse, int head, BitSet tokens) {
        for (int k = tokens.nextSetBit(head + 1); k >= 0 && k + 1 < parse.tokens().size(); k = tokens.nextSetBit(k + 1)) {
            Token t = parse.token(k);
            Token next = parse.token(k + 1);
            boolean finite = next.tag().equals("VBZ") || next.tag().equals("VBD") || next.tag().equals("VBP") || next.tag().equals("MD");
            boolean goesOn = t.word().equals(",") && (finite || next.tag().equals("CD") || next.tag().equals("$")
                    || CLAUSE_OPENERS.contains(next.word().toLowerCase(java.util.Locale.ROOT)));
            if (goesOn || t.word().equals(":") && QuoteMarks.isAny(next.word())) {
                tokens.clear(k, tokens.length());
                return;
            }
        }
    }

    /** Words after a comma that open a clause of their own: "according to a count by the Ledger, but the union has vowed …". */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("but", "while", "although", "though", "yet");

    /** Where an "according to" phrase ends by position: the first comma after it when it opens its sentence, else the sentence end. */
    static int accordingToPhraseEnd(Parse parse, int according) {
        var sentence = parse.sentenceOf(parse.token(according));
        if (according == sentence.firstToken()) {
            for (int k = according + 2; k < sentence.endToken(); k++) {
                if (parse.token(k).word().equals(",")) {
                    return k;
                }
            }
        }
        return sentence.endToken();
    }

    /**
     * "The plan seems to favour the rich", "it is unclear whether …": a raising verb's subject is what
     * the impression is about, and an expletive "it" is nobody; annotators give these no source
     * (PolNeAR train: seem 116 of 153, appear 87 of 111; "it" before clear/unclear never).
     */
    private static boolean holderless(Parse parse, Cue cue, int subject) {
        if (isRaising(parse.token(cue.head())) || receivesCriticism(parse, cue.head())) {
            return true;
        }
        return subject >= 0 && parse.token(subject).lemma().equals("it")
                && (cue.kind() == org.hearsay.cues.CueClass.ADJECTIVE || parse.child(cue.head(), "aux:pass") >= 0
                || isExtraposed(parse, subject, cue.head()));
    }

    /**
     * "Trump has faced questions about …", "the plan is drawing criticism", "she came under fire": the
     * subject receives what others say; annotators give it no source or the one after "from" (PolNeAR
     * train: the subject never, of 11).
     */
    private static boolean receivesCriticism(Parse parse, int head) {
        Token word = parse.token(head);
        if (word.head() >= 0 && RECEIVING.contains(parse.token(word.head()).lemma()) && isReceived(parse, head)) {
            return true; // the noun the cue was taken for: "faced questions"
        }
        if (!RECEIVING.contains(word.lemma())) {
            return false;
        }
        for (int c : parse.children(head)) {
            if (isReceived(parse, c)) {
                return true;
            }
        }
        return false;
    }

    /** "questions" in "faced questions", "fire" in "came under fire"; not with its sender ("criticism from rivals"). */
    private static boolean isReceived(Parse parse, int noun) {
        Token t = parse.token(noun);
        int marker = parse.child(noun, "case");
        boolean object = t.baseRelation().equals("obj")
                || t.baseRelation().equals("obl") && marker >= 0 && parse.token(marker).lemma().equals("under");
        int nmod = parse.child(noun, "nmod");
        int preposition = nmod < 0 ? -1 : parse.child(nmod, "case");
        boolean sender = preposition >= 0 && parse.token(preposition).lemma().equals("from");
        return t.isNoun() && object && RECEIVED.contains(t.lemma()) && !sender;
    }

    private static final java.util.Set<String> RECEIVING = java.util.Set.of("face", "draw", "receive", "attract", "earn",
            "come", "meet", "get", "provoke", "spark", "prompt", "invite");
    private static final java.util.Set<String> RECEIVED = java.util.Set.of("criticism", "question", "fire", "scorn",
            "praise", "ire", "backlash", "condemnation", "rebuke", "pushback", "complaint", "accusation", "ridicule",
            "outrage", "derision", "skepticism", "scrutiny", "censure", "rebuttal");

    /**
     * "It's hard to know …", "it is too soon to say": the "it" of an adjective that puts off its real
     * subject, an infinitive the cue heads, to the end; nobody holds what it says.
     */
    private static boolean isExtraposed(Parse parse, int it, int cue) {
        Token predicate = parse.token(parse.token(it).head() < 0 ? it : parse.token(it).head());
        Token v = parse.token(cue);
        int to = parse.child(cue, "mark");
        return (predicate.tag().startsWith("JJ") || predicate.tag().startsWith("RB")) && v.head() == predicate.index()
                && to >= 0 && parse.token(to).lemma().equals("to");
    }

    /**
     * Whether the words before a cue cannot be its source whatever their order: a raising verb's
     * subject, or a passive's ("it is considered", "the plan was labeled"), is what was spoken about.
     */
    static boolean namesNobody(Parse parse, Cue cue) {
        if (cue == null || cue.head() < 0) {
            return false;
        }
        return isRaising(parse.token(cue.head())) || parse.child(cue.head(), "aux:pass") >= 0;
    }

    static boolean isRaising(Token verb) {
        return verb.lemma().equals("seem") || verb.lemma().equals("appear");
    }

    static boolean isRelativePronoun(Token t) {
        return t.tag().equals("WP") || t.tag().equals("WDT");
    }

    /**
     * "…, who in 2010 said the goal was …": the relative pronoun a few words before a relative-clause
     * cue the parser gave no subject; only adverbs, prepositional phrases and auxiliaries between.
     */
    private static int relativePronounBefore(Parse parse, Cue cue) {
        int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
        Token v = parse.token(cue.head());
        if (!v.relation().equals("acl:relcl")) {
            // "the Police Department which reported …", parsed as anything: only "which" right before the cue
            // ("a driver who declined to give his name said …" would make "declined" a report of what he said)
            int k = cueFirst - 1;
            while (k > 0 && parse.token(k).tag().equals("RB")) {
                k--; // "which together vowed"
            }
            return k >= 0 && parse.token(k).tag().equals("WDT") && FINITE.contains(v.tag()) ? k : -1;
        }
        for (int k = cueFirst - 1; k >= 0 && k >= cueFirst - 6; k--) {
            Token t = parse.token(k);
            if (t.sentence() != v.sentence() || t.isVerb() || t.word().equals(",") || t.word().equals(";")) {
                return -1;
            }
            if (isRelativePronoun(t)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "A poll released in August found that …", "Many people involved in the talks assumed …": parsers
     * often make the participle the main verb and its noun that verb's subject, leaving the real verb —
     * the cue — without one. The noun, when its participle has no auxiliary and stands between it and
     * the cue with no finite verb or comma after it.
     */
    private static int reducedRelativeSubject(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (!(v.tag().equals("VBD") || v.tag().equals("VBZ") || v.tag().equals("VBP"))) {
            return -1;
        }
        var sentence = parse.sentenceOf(v);
        for (int k = sentence.firstToken(); k < verb; k++) {
            Token s = parse.token(k);
            if (!s.relation().startsWith("nsubj") || s.head() <= k || s.head() >= verb) {
                continue;
            }
            Token participle = parse.token(s.head());
            if (!(participle.tag().equals("VBN") || participle.tag().equals("VBG"))
                    || parse.child(participle.index(), "aux", "aux:pass", "cop") >= 0) {
                continue;
            }
            boolean clear = true;
            for (int j = participle.index() + 1; j < verb && clear; j++) {
                Token t = parse.token(j);
                clear = !(t.word().equals(",") || t.word().equals(";") || t.tag().equals("VBD") || t.tag().equals("VBZ")
                        || t.tag().equals("VBP") || t.tag().equals("MD"));
            }
            if (clear) {
                return k;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP", "MD");
    private static final java.util.Set<String> NOMINAL_START = java.util.Set.of("DT", "JJ", "NN", "NNS", "NNP", "PRP$", "CD");
    private static final java.util.Set<String> COMMON_NP = java.util.Set.of("DT", "PDT", "JJ", "NN", "NNS", "CD", "PRP$");

    /**
     * 'Jorge Ortiz, a former minister who knows the port, suggests that …', 'the board of the Harbour
     * Post Ortiz said …': long appositions and run-on names make parsers lose the subject of a finite
     * verb. The noun phrase right before the verb, or before its apposition, with only adverbs between.
     * Returns {first token, head, last token} or null.
     */
    private static int[] subjectOnTheLeft(Parse parse, Cue cue) {
        int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
        int sentenceStart = parse.sentenceOf(parse.token(cue.head())).firstToken();
        boolean finite = false;
        for (int k = cueFirst; k <= cue.head(); k++) {
            finite |= FINITE.contains(parse.token(k).tag());
        }
        Token verb = parse.token(cue.head());
        if (verb.lemma().equals("be") || verb.lemma().equals("have") || parse.child(cue.head(), "aux:pass", "nsubj:pass") >= 0
                || verb.tag().equals("VBN") && parse.child(cue.head(), "aux") < 0) {
            return null; // a passive's subject is what was said, not who said it
        }
        int k = cueFirst - 1;
        while (k > sentenceStart && parse.token(k).tag().equals("RB")) {
            k--;
        }
        if (!finite || k <= sentenceStart) {
            return null;
        }
        int last = k;
        if (parse.token(k).word().equals(",")) {
            int open = parentheticalStart(parse, k, sentenceStart);
            if (open < 0) {
                return null;
            }
            // annotators keep an apposition or relative clause in the source, not a participle phrase
            last = isParticiple(parse, open + 1) ? open - 1 : k - 1;
            k = open - 1;
        }
        if (k > sentenceStart && parse.token(k).word().equals(")")) {
            // "Sen. Kelly Ayotte (R-N.H.), who …": the name before its bracket
            int open = k - 1;
            while (open > sentenceStart && !parse.token(open).word().equals("(")) {
                open--;
            }
            if (open <= sentenceStart || open < k - 4) {
                return null;
            }
            k = open - 1;
        }
        Token noun = parse.token(k);
        if (!noun.isNoun() || CueDetector.isTime(noun)) {
            return null; // "but on Tuesday wrote that …": a time is no speaker
        }
        int first = k;
        while (first - 1 >= sentenceStart && parse.token(first - 1).isProperNoun() && noun.isProperNoun()
                && (parse.token(first - 1).ner().equals(noun.ner()) || parse.token(first - 1).word().endsWith("."))) {
            first--; // "Marc H. Morial", "Mr. Ortiz": one name
        }
        while (first - 1 >= sentenceStart && continuesPhrase(parse, first - 1)) {
            first--;
        }
        // "Toomey and Sen. Kelly Ayotte": names joined by "and" are one speaker phrase
        while (first - 2 >= sentenceStart && parse.token(first - 1).word().equals("and") && parse.token(first - 2).isProperNoun()
                && noun.isProperNoun()) {
            first -= 2;
            while (first - 1 >= sentenceStart && parse.token(first - 1).isProperNoun()) {
                first--;
            }
        }
        int name = last == k ? PhraseSpans.reducedRelativeName(parse, first, k) : -1;
        return new int[] {name >= 0 ? name : PhraseSpans.withLeftConjunct(parse, first), k, last};
    }

    private static final java.util.Set<String> NAME_PARTS = java.util.Set.of("DT", "JJ", "CD", "NNP", "NNPS", "NN", "NNS", "HYPH", "PRP");

    /**
     * '"…," said the 46-year-old.' and '"…," Cruz said.': a speech verb right after a closing quotation
     * mark speaks for the noun phrase next to it, whatever the parser made of the words (an open
     * complement, the subject of the next verb, the passive subject of a relative clause). The head of
     * the phrase after the verb, or of the name between the mark and the verb; or -1.
     */
    private static int speakerBesideQuote(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (!FINITE.contains(v.tag()) || verb == 0) {
            return -1;
        }
        int sentenceEnd = parse.sentenceOf(v).endToken();
        if (parse.token(verb - 1).tag().equals("''")) {
            int head = -1;
            for (int k = verb + 1; k < sentenceEnd && NAME_PARTS.contains(parse.token(k).tag()); k++) {
                Token t = parse.token(k);
                if (t.isNoun() || t.tag().equals("PRP") || t.tag().equals("JJ") && k + 1 < sentenceEnd
                        && !NAME_PARTS.contains(parse.token(k + 1).tag())) {
                    head = k; // "the 46-year-old", "Devine" tagged as an adjective
                }
            }
            return head;
        }
        Token before = parse.token(verb - 1);
        int first = verb - 1;
        while (first > 0 && parse.token(first - 1).isProperNoun() && before.isProperNoun()) {
            first--;
        }
        boolean name = before.isProperNoun() || before.tag().equals("PRP");
        return name && first > 0 && parse.token(first - 1).tag().equals("''") ? verb - 1 : -1;
    }

    /**
     * The comma opening the parenthetical that ends at comma {@code close}: the nearest one before it when
     * an apposition or a participle follows it ("Ortiz, a former minister,", "Lima, also speaking in
     * Valmora,"), or, across commas inside, one a relative pronoun follows ("Costa, whose ferry line,
     * Ilha, runs at night,"); -1 when there is none.
     */
    private static int parentheticalStart(Parse parse, int close, int sentenceStart) {
        int nearest = -1;
        for (int c = close - 1; c > sentenceStart && c > close - 45; c--) {
            if (!parse.token(c).word().equals(",")) {
                continue;
            }
            if (isRelativePronoun(parse.token(c + 1)) || parse.token(c + 1).tag().equals("WP$")) {
                return c;
            }
            if (nearest < 0) {
                nearest = c;
            }
        }
        if (nearest < 0 || nearest < close - 25) {
            return -1;
        }
        return NOMINAL_START.contains(parse.token(nearest + 1).tag()) || isParticiple(parse, nearest + 1) ? nearest : -1;
    }

    /** Whether a participle phrase starts at token {@code k}, perhaps after an adverb ("also campaigning"). */
    private static boolean isParticiple(Parse parse, int k) {
        Token t = parse.token(k);
        if (t.tag().equals("RB") && k + 1 < parse.tokens().size()) {
            t = parse.token(k + 1);
        }
        return t.tag().equals("VBG") || t.tag().equals("VBN");
    }

    /** Whether the token before a noun phrase still belongs to it: "all the", "one of Mr. Lee's". */
    private static boolean continuesPhrase(Parse parse, int k) {
        Token t = parse.token(k);
        if (COMMON_NP.contains(t.tag()) || t.tag().equals("POS")) {
            return true;
        }
        Token next = parse.token(k + 1);
        if ((t.word().equals("-") || next.word().equals("-")) && t.end() == next.begin()) {
            return true; // "front-runner", written as one word
        }
        if (t.isProperNoun()) {
            return next.tag().equals("POS") || next.isNoun(); // "Mr. Lee's", "Florida delegate"
        }
        return t.word().equals("of") && k > 0 && (parse.token(k - 1).tag().equals("CD") || parse.token(k - 1).tag().equals("DT"));
    }

    /**
     * Whether only a preposition or adverb or two stand before token {@code k} in its sentence: "After
     * arguing that …, his team", "In addition to stating …, Clinton".
     */
    private static boolean opensSentence(Parse parse, int first, int k) {
        if (k - first > 3) {
            return false;
        }
        for (int j = first; j < k; j++) {
            String tag = parse.token(j).tag();
            if (!(tag.equals("IN") || tag.startsWith("RB") || tag.equals("TO") || tag.equals("NN") && j > first
                    || parse.token(j).isPunctuation())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "an outside group backing Cruz", "a statement calling for …": the noun a participle modifies with no
     * comma between them, where it is one group or one message; -1 otherwise (names and quantities of people
     * are {@link VerbSubjects}'s).
     */
    private static int bearerOfParticiple(Parse parse, int cue) {
        Token v = parse.token(cue);
        int noun = v.head();
        if (!v.tag().equals("VBG") || !v.relation().equals("acl") || noun < 0 || noun >= cue
                || parse.token(cue - 1).word().equals(",") || VerbSubjects.isPrepositionalGerund(parse, cue)) {
            return -1;
        }
        // (not a plural: on half B of PolNeAR train, plurals before such a participle gave 9 right sources
        // and 25 wrong ones, "voters chanting" and "polls showing" against "crowds cheering", "stump speeches")
        String lemma = parse.token(noun).lemma();
        boolean one = parse.token(noun).tag().equals("NN");
        return one && (GROUPS.contains(lemma) || CueLexicon.MESSAGES.contains(lemma)) ? noun : -1;
    }

    /**
     * "…, with the campaign of the former senator from Pennsylvania saying Cruz was not a real conservative":
     * a participle in a "with" phrase speaks for the phrase's noun, however far down the parser hung it.
     */
    private static int withAbsolute(Parse parse, int cue) {
        Token v = parse.token(cue);
        if (cue == 0 || !v.tag().equals("VBG") || !v.relation().equals("acl") || parse.token(cue - 1).word().equals(",")) {
            return -1;
        }
        for (int n = v.head(); n >= 0 && n < cue && parse.token(n).isNoun(); n = parse.token(n).head()) {
            int kase = parse.child(n, "case");
            if (kase >= 0 && kase < n && parse.token(kase).lemma().equals("with")) {
                return n;
            }
            if (!parse.token(n).baseRelation().equals("nmod")) {
                return -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> GROUPS = java.util.Set.of("group", "campaign", "committee", "organization",
            "coalition", "pac", "party", "union", "association", "council", "movement", "network", "team", "crowd",
            "administration", "government", "agency", "company", "firm", "board", "panel", "caucus", "delegation");

    /** How parsers hang the speaker after an inverted verb; a passive's agent is not among them. */
    private static final java.util.Set<String> INVERTED = java.util.Set.of("obj", "iobj", "xcomp");

    /** "he", "she", "they", "I", "we", "you": a pronoun for people, not "it". */
    private static boolean isPersonalPronoun(Token t) {
        return t.tag().equals("PRP") && !t.lemma().equals("it");
    }

    /**
     * "The plan, an inside source said, is to …", "… the special relationship, the spokesman said.": the
     * parser made the speaker an apposition on the noun before the comma, which belongs to what was said.
     * An apposition the cue follows with no comma to close it is the speaker ("Ortiz, a minister, said"
     * closes it); otherwise {@code head} as it was.
     */
    private static int unclosedApposition(Parse parse, int head, int cueFirst) {
        for (int c : parse.children(head)) {
            BitSet phrase = parse.subtree(c);
            if (c > head && parse.token(c).relation().equals("appos") && phrase.nextSetBit(0) > head + 1
                    && parse.token(phrase.nextSetBit(0) - 1).word().equals(",") && phrase.length() == cueFirst
                    && commasBetween(parse, parse.subtree(head).nextSetBit(0), phrase.nextSetBit(0) - 1) == 0 // not a list
                    && !parse.token(cueFirst - 1).word().equals(",")
                    && !(parse.token(head).ner().equals("PERSON") && !parse.token(c).ner().equals("PERSON"))) {
                // (not "Mark Holden, chairman of Freedom Partners said": a name and its title are one speaker)
                return c;
            }
        }
        return head;
    }

    private static int commasBetween(Parse parse, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += parse.token(k).word().equals(",") ? 1 : 0;
        }
        return n;
    }

    /**
     * "Emanuel fired his police chief, Garry McCarthy, acknowledging that …": the parser made the object
     * before the comma the participle's subject; the one acknowledging is the subject of the verb the
     * participle hangs on. {@code head} itself where the cue is no such participle.
     */
    private static int objectMadeSubject(Parse parse, Cue cue, int head) {
        Token v = parse.token(cue.head());
        if (head < 0 || !v.tag().equals("VBG") || parse.token(head).head() != cue.head() || head > cue.head()
                || !parse.token(cue.head() - 1).word().equals(",") || v.head() < 0 || v.head() > head) {
            return head;
        }
        int subject = parse.child(v.head(), "nsubj");
        return subject >= 0 && subject < v.head() && parse.token(v.head()).isVerb() ? subject : head;
    }

    /**
     * "Rendell said he'd battled pneumonia and called it a common ailment", "The union said it would strike
     * and urged members to stay home", "Ms. Khan said Mr. Trump was ignorant and criticized him": the parser
     * joined the second verb to the reported clause, whose subject it lends; the annotators name the
     * reporter. {@code head} where that is not the case.
     */
    private static int reporterOfConjunct(Parse parse, Cue cue, int head) {
        if (head >= 0 && parse.token(cue.head()).relation().equals("conj") && parse.token(head).tag().equals("WDT")) {
            // "… during a forum that NBC sponsored and said she has the temperament": joined to a relative
            // clause on a thing, the verb speaks for the clause's own subject outside it
            int relative = parse.token(head).head();
            int antecedent = relative < 0 || !parse.token(relative).relation().equals("acl:relcl") ? -1 : parse.token(relative).head();
            int governor = antecedent < 0 ? -1 : parse.token(antecedent).head();
            while (governor >= 0 && !parse.token(governor).isVerb()) {
                governor = parse.token(governor).head();
            }
            int subject = governor < 0 ? -1 : parse.child(governor, "nsubj");
            return subject >= 0 && subject < antecedent && !VerbSubjects.isSomebody(parse, antecedent) ? subject : head;
        }
        if (head < 0 || !parse.token(cue.head()).relation().equals("conj") || !inReportedClause(parse, head)
                || parse.token(head).head() == cue.head()) {
            return head; // "…, but he said witnesses saw a gun": a verb with a subject of its own speaks for it
        }
        for (int v = parse.token(head).head(); v >= 0; v = parse.token(v).head()) {
            if (parse.token(v).relation().equals("ccomp")) {
                int reporter = parse.child(parse.token(v).head(), "nsubj");
                boolean named = reporter >= 0 && (parse.token(reporter).isNoun() || parse.token(reporter).tag().equals("PRP"));
                return named && !VerbSubjects.quotedBefore(parse, reporter, cue.head()) ? reporter : head;
            }
        }
        return head;
    }

    /**
     * Whether {@code subject} is the subject of a clause reported by the sentence's main verb ("the company
     * said it would"), not of a relative clause ("a news conference in which he continued").
     */
    private static boolean inReportedClause(Parse parse, int subject) {
        boolean reported = false;
        for (int v = parse.token(subject).head(); v >= 0; v = parse.token(v).head()) {
            String rel = parse.token(v).baseRelation();
            if (rel.equals("acl") || rel.equals("obl") || rel.equals("nmod") || rel.equals("advcl")) {
                return false;
            }
            reported |= rel.equals("ccomp");
        }
        return reported;
    }

    /**
     * '…, arguing that …', '…, promising to …': a participle after a comma speaks for the sentence's
     * subject even where the parser hung it on the nearest noun; so does one opening the sentence
     * ('Claiming the criticism was unfair, Trump told …').
     */
    private static int participleAfterComma(Parse parse, Cue cue) {
        int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
        Token v = parse.token(cue.head());
        var sentence = parse.sentenceOf(v);
        boolean opening = opensSentence(parse, sentence.firstToken(), cueFirst);
        // '…,” adding, “…"': the comma may stand inside the quotation the participle follows
        int comma = cueFirst > 1 && parse.token(cueFirst - 1).tag().equals("''") ? cueFirst - 2 : cueFirst - 1;
        if (!v.tag().equals("VBG") || !opening && (comma < 0 || !parse.token(comma).word().equals(","))) {
            return -1;
        }
        // '"…," Ortiz said, adding, "…"' where the parser hung the verb of saying on the participle
        for (int c : parse.children(cue.head())) {
            String rel = parse.token(c).relation();
            if (c < cueFirst && parse.token(c).isVerb() && !parse.token(c).tag().equals("VBG")
                    && (rel.equals("parataxis") || rel.equals("dep")) && parse.child(c, "mark") < 0) {
                int subject = VerbSubjects.of(parse, c);
                if (subject >= 0 && subject < cueFirst && !VerbSubjects.quotedBefore(parse, subject, cue.head())) {
                    return subject;
                }
            }
        }
        // the main verb: after an opening participle; anywhere for one that follows a comma
        int from = opening ? cueFirst + 1 : sentence.firstToken();
        int to = sentence.endToken(); // the main verb may follow: "The Journal, citing documents, reported …"
        for (int k = from; k < to; k++) {
            Token t = parse.token(k);
            if (t.relation().equals("root")) {
                if (k < cueFirst && parse.child(k, "mark") >= 0) {
                    return -1; // "As they met in Ottawa, Trump was …, promising": the parser's root is the "as" clause
                }
                int subject = t.isVerb() || parse.child(k, "cop") >= 0 ? parse.child(k, "nsubj") : -1;
                if (subject < 0 && !opening && t.isVerb()) {
                    subject = VerbSubjects.of(parse, k); // '"…," wrote one dockworker, tweeting …': the speaker after the verb
                }
                // before the participle, even after its verb: '"…," said Ferri, referring to …'
                return subject >= 0 && (opening ? subject > cueFirst : subject < cueFirst) ? subject : -1;
            }
        }
        return -1;
    }

    /**
     * "She brought the debt down to $42,000 in five years, but said …", "Trump jumped onto his account — as he
     * so often does — and retweeted …": a verb joined by "and" or "but" to one the parser lost it under (a
     * number, an aside) speaks for the subject of the first verb above it that has one, short of a clause
     * of its own ("said that …", "who …"). -1 where the cue is no such verb or no verb above has a subject.
     */
    private static int subjectOfCoordinated(Parse parse, int cue) {
        Token v = parse.token(cue);
        if (!v.relation().equals("conj") || parse.child(cue, "cc") < 0 || parse.child(cue, "aux:pass", "nsubj:pass") >= 0) {
            return -1; // a passive's subject is the one it happened to, not its source
        }
        int up = v.head();
        for (int hops = 0; hops < 6 && up >= 0; hops++) {
            Token t = parse.token(up);
            if (t.isVerb() || parse.child(up, "cop") >= 0) {
                int subject = parse.child(up, "nsubj");
                if (subject >= 0 && subject < cue && !isRelativePronoun(parse.token(subject))
                        && !IMPERSONAL.contains(parse.token(subject).lemma().toLowerCase(java.util.Locale.ROOT))
                        && !VerbSubjects.quotedBefore(parse, subject, cue)) {
                    return subject;
                }
            }
            String rel = t.baseRelation();
            if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("acl") || rel.equals("csubj")
                    || rel.equals("advcl") && parse.child(up, "mark") >= 0) {
                return -1;
            }
            up = t.head();
        }
        return -1;
    }

    /**
     * "there is no public information showing …", "a new poll showing …", "one of her ads asking …": a
     * participle on the noun just before it (no comma between) speaks for that noun, whatever it names, when
     * no rule found anyone else (a person's "30 percent of voters saying" and a sender's "sent a letter
     * urging" come first); for a part, for the whole phrase ("62 percent of voters", "the chorus of
     * detractors"). Not a noun inside another preposition's phrase ("heard on a microphone telling").
     * -1 where the cue is no such participle.
     */
    private static int nounBeforeParticiple(Parse parse, Cue cue) {
        Token v = parse.token(cue.head());
        int cueFirst = parse.firstTokenAtOrAfter(cue.span().begin());
        if (!v.tag().equals("VBG") || !v.relation().equals("acl") || v.head() < 0 || v.head() >= cueFirst
                || parse.token(cueFirst - 1).word().equals(",")) {
            return -1;
        }
        int n = v.head();
        for (int hops = 0; hops < 3; hops++) {
            Token t = parse.token(n);
            int up = t.head();
            int of = parse.child(n, "case");
            boolean partOf = t.baseRelation().equals("nmod") && of >= 0 && parse.token(of).lemma().equals("of");
            if (up < 0 || up > n || !(partOf && isPartitive(parse.token(up)) || t.relation().endsWith("tmod"))) {
                break;
            }
            n = up;
        }
        int marker = parse.child(n, "case");
        if (marker >= 0 && !parse.token(marker).lemma().equals("of")) {
            return -1;
        }
        Token noun = parse.token(n);
        return noun.isNoun() || noun.tag().equals("CD") ? n : -1;
    }

    /** A number, a quantity ({@link VerbSubjects#QUANTITIES}) or a gathering of what its "of" phrase names. */
    private static boolean isPartitive(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return t.tag().equals("CD") || VerbSubjects.QUANTITIES.contains(lemma) || GATHERINGS.contains(lemma);
    }

    private static final java.util.Set<String> GATHERINGS = java.util.Set.of("minority", "one", "chorus", "constellation",
            "crop", "group", "handful", "series", "wave", "slew", "host", "couple", "pair", "dozens", "hundreds",
            "thousands", "millions", "all", "each", "none", "several", "few");

    /** Subjects that name no one: "That was …", "It is …". */
    private static final java.util.Set<String> IMPERSONAL = java.util.Set.of("that", "this", "it", "there");

    /**
     * "parents sent a letter to the board urging it to reconsider", "she said at a news conference
     * announcing …": a participle on a message speaks for whoever sent or gave the message, the subject
     * of the verb the message hangs from.
     */
    private static int authorOfMessage(Parse parse, int cue) {
        Token v = parse.token(cue);
        if (!v.tag().equals("VBG") || !v.relation().equals("acl") || v.head() < 0) {
            return -1;
        }
        return senderOf(parse, v.head());
    }

    /**
     * "Ortiz released an ad that says …", "the council voted for the resolution which said …": a
     * restrictive relative clause on a message, with the relative pronoun for subject, speaks for the
     * message's sender (PolNeAR marks the sender, not "that"). -1 where the cue is no such clause.
     */
    private static int authorOfRelativeMessage(Parse parse, int cue, int subject) {
        Token v = parse.token(cue);
        if (subject < 0 || !isRelativePronoun(parse.token(subject)) || parse.token(subject).lemma().equals("who")
                || subject > 0 && parse.token(subject - 1).word().equals(",") // "the report, which notes": "which"
                || !v.relation().equals("acl:relcl") || v.head() < 0 || !CueLexicon.MESSAGES.contains(parse.token(v.head()).lemma())) {
            return -1;
        }
        return senderOf(parse, v.head());
    }

    /** The subject of the verb that {@code noun}, a message, is the object of ("sent a letter"); -1 when none. */
    private static int senderOf(Parse parse, int noun) {
        int governor = parse.token(noun).head();
        if (governor >= 0 && parse.token(governor).lemma().equals("series") && parse.token(noun).baseRelation().equals("nmod")) {
            governor = parse.token(governor).head(); // "a series of tweets"
        }
        if (governor < 0 || !parse.token(governor).isVerb()) {
            return -1;
        }
        int object = parse.child(governor, "obj");
        boolean message = CueLexicon.MESSAGES.contains(parse.token(noun).lemma())
                || object >= 0 && object < noun && CueLexicon.MESSAGES.contains(parse.token(object).lemma()); // "a letter to the board urging"
        if (!message) {
            return -1;
        }
        int subject = -1;
        for (int c : parse.children(governor)) {
            if (c < governor && parse.token(c).relation().equals("nsubj")) {
                subject = c; // of two, the nearer: "Minutes later, the campaign issued a statement"
            }
        }
        return subject;
    }

    /** Who holds a stance: the subject of "is a critic of", the noun "a critic of" is in apposition to. */
    private static int stanceHolder(Parse parse, int noun) {
        int subject = parse.child(noun, "nsubj");
        return subject >= 0 ? subject : parse.token(noun).head();
    }

    /** The noun that "according to" introduces: in UD, "according" is its case marker. */
    static int accordingToObject(Parse parse, int according) {
        Token a = parse.token(according);
        if (a.head() >= 0 && a.head() > according) {
            return a.head();
        }
        // parsers sometimes hang the noun under "according": take the first nominal after "to"
        for (int c : parse.children(according)) {
            if (c > according + 1 && parse.token(c).isNoun()) {
                return c;
            }
        }
        int next = according + 2;
        return next < parse.tokens().size() && parse.token(next).sentence() == a.sentence() ? next : -1;
    }

    private static int nounSource(Parse parse, int noun) {
        int poss = parse.child(noun, "nmod:poss");
        if (poss >= 0) {
            return poss;
        }
        for (int c : parse.children(noun)) {
            Token t = parse.token(c);
            if (t.relation().equals("nmod") && c > noun) {
                int kase = parse.child(c, "case");
                if (kase >= 0 && (parse.token(kase).lemma().equals("by") || parse.token(kase).lemma().equals("from"))) {
                    return c;
                }
            }
        }
        // "X made the claim that ...", "X issued a statement": the subject of the verb governing the noun
        Token n = parse.token(noun);
        if (n.relation().equals("obj") && n.head() >= 0) {
            return parse.child(n.head(), "nsubj");
        }
        return -1;
    }
}
