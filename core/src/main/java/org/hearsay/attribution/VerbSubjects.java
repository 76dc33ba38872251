package org.hearsay.attribution;

import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;

import java.util.Set;

/**
 * Who is the subject of a verb cue, as a reader would say: through the parser's slips over quotations
 * ('"That," he added' with both as subjects), inversions ('…," said Ortiz'), passives (the agent) and
 * governing verbs ("Trump was forced into damage control and said …"). Used by {@link SourceFinder}
 * for verb and phrase cues. Stateless.
 */
final class VerbSubjects {

    /**
     * Verbs whose passive names who feels ("were frustrated that", "is convinced that", "was shocked by"):
     * the subject holds the view, and a "by" phrase is what caused it (PolNeAR train: the source is the
     * subject every time, 8 of 8 for "convinced", "shocked", "concerned"). So do the ones "split" or
     * "divided" on a question ("voters are split on whether …": the voters, 10 of 10 in PolNeAR train).
     */
    private static final Set<String> FEELINGS = Set.of("frustrate", "concern", "worry", "convince", "shock", "surprise",
            "please", "disappoint", "alarm", "outrage", "anger", "trouble", "satisfy", "delight", "encourage", "upset",
            "impress", "dismay", "relieve", "offend", "horrify", "stun", "astonish", "amaze", "annoy", "irritate",
            "embarrass", "disturb", "puzzle", "baffle", "disgust", "thrill", "excite", "frighten", "scare", "infuriate",
            "split", "divide");

    private VerbSubjects() {
    }

    /**
     * The subject of the verb or adjective that {@code up} is, or hangs on through any noun, when that stands
     * before {@code gerund} (or anywhere when {@code opening}); -1 for none or for an "it".
     */
    private static int subjectAbove(Parse parse, int up, int gerund, boolean opening) {
        while (up >= 0 && !parse.token(up).isVerb() && parse.child(up, "cop") < 0) {
            up = parse.token(up).head();
        }
        int found = up >= 0 && (up < gerund || opening) ? of(parse, up) : -1;
        return found >= 0 && parse.token(found).lemma().equals("it") ? -1 : found;
    }

    /** The subject of a verb (or adjective), borrowed from governing verbs where English leaves it out. */
    static int of(Parse parse, int verb) {
        if (isTrailingInversion(parse, verb)) {
            return invertedSubject(parse, verb);
        }
        int between = midSentenceInversion(parse, verb);
        if (between >= 0) {
            return between;
        }
        int v = verb;
        for (int hops = 0; hops < 4 && v >= 0; hops++) {
            Token t = parse.token(v);
            int passive = unquoted(parse, parse.child(v, "aux:pass"), v);
            if (passive >= 0 && isHasContraction(parse, passive, v)) {
                return parse.child(v, "nsubj:pass"); // "he's sought to", "she's heralded plans": has, not is
            }
            int passiveSubject = unquoted(parse, parse.child(v, "nsubj:pass"), verb);
            if (hops > 0 && passiveSubject >= 0) {
                return passiveSubject; // "Trump was forced into damage control and said …": the one forced spoke
            }
            if (passiveSubject >= 0 && FEELINGS.contains(t.lemma())) {
                return passiveSubject; // "Dockworkers were frustrated that …": the ones who feel it, not what made them
            }
            if (passive >= 0 || passiveSubject >= 0) {
                return passiveAgent(parse, v);
            }
            int subject = unquotedSubject(parse, v, verb);
            if (subject >= 0) {
                return subject;
            }
            if (hops == 0 && parse.child(v, "nsubj", "csubj", "nsubj:pass", "aux:pass") >= 0) {
                // '"Full panic mode," said Ms. Ortiz': the quoted words the parser made subject are the content
                return speakerAfter(parse, v, 4);
            }
            int reported = hops == 0 ? ContentFinder.gerundOverClause(parse, v) : -1;
            if (reported >= 0) {
                // "Ortiz distanced herself by saying she would …", parsed with "saying" hung on "would …": the one
                // saying is the subject of what that clause hangs on, as for any gerund after a preposition
                return subjectAbove(parse, parse.token(reported).head(), v, false);
            }
            if (hops == 0 && isPrepositionalGerund(parse, v)) {
                // "tripped him up by calling him out", "the most aggressive in the field in denouncing …":
                // the one doing it is the subject of the verb or adjective the phrase hangs on, through any noun
                // (before the gerund, unless the phrase opens the sentence: "After backing Obama, Cuban …";
                // an "it" found so is the "it" of "it is impossible to judge … without knowing")
                return subjectAbove(parse, t.head(), v, v - 1 == parse.sentenceOf(t).firstToken());
            }
            String rel = t.baseRelation();
            boolean participle = t.tag().equals("VBG") || t.tag().equals("VBN");
            if (t.tag().equals("VBN") && v == parse.sentenceOf(t).firstToken()) {
                if (hops == 0 && FEELINGS.contains(t.lemma()) && t.head() > v) {
                    return of(parse, t.head()); // "Angered by the sixties, Schlafly led …": the one angered feels it
                }
                // "Asked about the strike, Ortiz said …": Ortiz was asked; who asked is named only by "by"
                return hops == 0 ? byAgent(parse, v) : -1;
            }
            if (hops == 0 && t.tag().equals("VBG") && t.relation().equals("acl") && t.head() >= 0 && t.head() < v
                    && !parse.token(v - 1).word().equals(",") && isSomebody(parse, t.head())) {
                return t.head(); // "30 percent of voters saying …", "a union official telling dockers to …"
            }
            if (rel.equals("xcomp") && t.head() >= 0) {
                // "forced Stumpf to admit": the one made to speak is the governing verb's object
                int controller = parse.child(t.head(), "obj");
                if (controller >= 0 && controller < v && (isSomebody(parse, controller) || parse.token(controller).tag().equals("PRP"))) {
                    return controller; // but "used his speech to call for": a thing made to speak is a means
                }
            }
            int to = parse.child(v, "mark");
            boolean purpose = rel.equals("advcl") && t.tag().equals("VB") && to >= 0 && parse.token(to).lemma().equals("to");
            boolean borrows = rel.equals("conj") || rel.equals("xcomp") || purpose // "used her speech to call for"
                    || ((rel.equals("advcl") || rel.equals("dep")) && participle)
                    || misreadInfinitive(parse, v);
            if (!borrows || t.head() < 0) {
                if (hops > 0) {
                    return -1;
                }
                int inverted = invertedSubject(parse, v);
                if (inverted >= 0) {
                    return inverted;
                }
                if (!isThenVerb(parse, v)) {
                    return misreadName(parse, v);
                }
                // "Ortiz paused, then revealed …": on to the verb before, as for a conjunct
            }
            v = t.head();
        }
        return -1;
    }

    /**
     * The verb's subject, unless the parser took the quotation before the verb for it:
     * in '"That," he added, "will …"' both "That" and "he" hang as subjects, and only "he" spoke;
     * of two unquoted subjects, the one nearer before the verb. Borrowed for a {@code cue} further on, the
     * subject must not stand in a quotation closed before the cue either ('"I love it," he said, and vowed').
     */
    private static int unquotedSubject(Parse parse, int verb, int cue) {
        int found = -1;
        for (int c : parse.children(verb)) {
            String rel = parse.token(c).baseRelation();
            if ((rel.equals("nsubj") || rel.equals("csubj")) && !quotedBefore(parse, c, cue)) {
                if (found < 0 || c < verb) {
                    found = c; // of two, the nearer before the verb: "The difference now, he said, is …"
                }
            }
        }
        return found;
    }

    /**
     * {@code token}, or -1 where it stands inside a quotation that closes before {@code verb}:
     * in '"…, whoever that was," said Bolton' the parser hangs "that was" on "said" as a passive.
     */
    private static int unquoted(Parse parse, int token, int verb) {
        return token >= 0 && quotedBefore(parse, token, verb) ? -1 : token;
    }

    /** Whether {@code head} stands inside a quotation that closes before {@code verb}. */
    static boolean quotedBefore(Parse parse, int head, int verb) {
        if (head > verb) {
            return false;
        }
        boolean opened = false;
        int paragraph = parse.paragraphIndex(parse.token(head).begin());
        int from = paragraph < 0 ? 0 : parse.firstTokenAtOrAfter(parse.paragraphs().get(paragraph).begin());
        for (int k = head - 1; k >= from && !opened; k--) {
            opened = opens(parse, k, from);
            if (!opened && parse.token(k).tag().equals("''")) {
                return false;
            }
        }
        for (int k = head + 1; k < verb && opened; k++) {
            if (parse.token(k).tag().equals("''")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} opens a quotation: tagged so, or a closing-looking mark ("''", as the New York
     * Times writes both) that starts its paragraph or stands after a space, touching the word after it.
     */
    private static boolean opens(Parse parse, int k, int paragraphStart) {
        Token t = parse.token(k);
        if (t.tag().equals("``")) {
            return true;
        }
        boolean spacedBefore = k == paragraphStart || parse.token(k - 1).end() < t.begin();
        return t.tag().equals("''") && spacedBefore && k + 1 < parse.tokens().size() && parse.token(k + 1).begin() == t.end();
    }

    /**
     * Whether a passive's "'s" is really "has": parsers read "he's sought to portray himself" as "he is
     * sought"; an object or an infinitive after the participle says it is active.
     */
    private static boolean isHasContraction(Parse parse, int aux, int verb) {
        String w = parse.token(aux).word();
        return (w.equals("'s") || w.equals("’s")) && parse.child(verb, "obj", "xcomp", "ccomp") > verb;
    }

    /** The speaker named after the verb, within {@code reach} tokens: '…," said Leslie Ortiz, a caucus president.' */
    private static int speakerAfter(Parse parse, int verb, int reach) {
        if (NEVER_INVERTED.contains(parse.token(verb).lemma())) {
            return -1; // "Joyce — who is an attorney — told The Post he's not": the one told
        }
        for (int c : parse.children(verb)) {
            if (c > verb && c - verb <= reach && isInvertedSpeakerRelation(parse, c)
                    && !OBJECT_PRONOUNS.contains(parse.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /** Verbs of telling that never stand before their speaker: '"…," told Ortiz' is not English, "asked Ortiz" is. */
    private static final Set<String> NEVER_INVERTED = Set.of("tell", "inform", "assure", "remind", "brief", "notify",
            "urge", "advise", "thank");

    /** Pronouns that are never a subject, inverted or not: "a woman in Worcester, Massachusetts, told him". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us");

    /**
     * "…, adds the newspaper." and "…, reported South Korea's spy agency.": a present or past speech verb
     * right after a comma, with no subject of its own and its speaker right after it, where parsers file
     * it as an object. Parsers attach the verb anywhere (as conj, dep, parataxis); the shape decides.
     */
    static boolean isTrailingInversion(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (verb == 0 || !parse.token(verb - 1).word().equals(",") || parse.child(verb, "nsubj") >= 0
                || !(v.tag().equals("VBZ") || v.tag().equals("VBD") || v.tag().equals("VBP"))) {
            return false;
        }
        if (inSeries(parse, verb)) {
            return false;
        }
        // a speaker found after the verb means the token after it exists
        return speakerAfter(parse, verb, 4) >= 0 && parse.token(verb + 1).sentence() == v.sentence();
    }

    /**
     * "came to Mason City, recounted her record, recited her policies and ripped into …": one of a series of
     * verbs sharing the subject before them, which a later verb of the series, with no subject of its own,
     * continues. Its comma is the series', not an inversion's: what follows the verb is its object, not its
     * speaker ('…, said Howard, but her record is …' stays an inversion: what follows has its own subject).
     */
    private static boolean inSeries(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (!v.relation().equals("conj") || v.head() < 0 || v.head() > verb) {
            return false;
        }
        for (int c : parse.children(v.head())) {
            Token t = parse.token(c);
            if (c > verb && t.relation().equals("conj") && t.isVerb() && parse.child(c, "nsubj", "nsubj:pass") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The real threat, says the union, is the crane": a speech verb set between commas inside the
     * clause it reports, its speaker after it. Parsers make the clause's subject the verb's subject and
     * the speaker its object. The speaker, or -1 where the verb is not so set: it needs a subject before
     * its comma, and the speaker's phrase must close with a comma that the clause goes on after.
     */
    static int midSentenceInversion(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (verb == 0 || !parse.token(verb - 1).word().equals(",") || parse.token(verb - 1).head() != verb
                || !(v.tag().equals("VBZ") || v.tag().equals("VBD") || v.tag().equals("VBP"))) {
            return -1; // (a comma of its own: in "Emanuel, his chief of staff, urged a stand" it closes the apposition)
        }
        int subject = parse.child(verb, "nsubj");
        int speaker = speakerAfter(parse, verb, 4);
        if (subject < 0 || subject > verb - 1 || speaker < 0 || speaker == subject
                || !(parse.token(speaker).isNoun() || parse.token(speaker).tag().equals("PRP"))) {
            return -1;
        }
        int close = closingComma(parse, speaker);
        var sentence = parse.sentenceOf(v);
        if (close + 1 >= sentence.endToken() || !parse.token(close).word().equals(",") || parse.token(close + 1).isPunctuation()
                || parse.token(close + 1).tag().equals("VBG")) { // "urged a strong stand, saying …" goes on with its own words
            return -1;
        }
        return speaker;
    }

    /** The token after a speaker's phrase: where a phrase ends in a comma the parser hung on it, that comma. */
    static int closingComma(Parse parse, int speaker) {
        int after = parse.subtree(speaker).length();
        return parse.token(after - 1).word().equals(",") ? after - 1 : after;
    }

    private static int invertedSubject(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (v.tag().equals("VBG")) {
            return -1; // "…, citing low growth": what a participle is followed by is what it cites, not who
        }
        boolean contentBefore = (v.relation().equals("dep") || v.relation().equals("parataxis")) && v.head() >= 0 && v.head() < verb
                || isTrailingInversion(parse, verb);
        for (int c : parse.children(verb)) {
            String rel = parse.token(c).baseRelation();
            contentBefore |= c < verb && (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("parataxis")
                    || rel.equals("dep") || rel.equals("xcomp"));
        }
        if (!contentBefore) {
            return -1;
        }
        int aux = parse.child(verb, "aux");
        if (aux >= 0 && aux < verb) {
            return -1; // "Trump, who spoke for an hour, did not mention Cruz": '"…," did say Ortiz' is not English
        }
        int speaker = speakerAfter(parse, verb, Integer.MAX_VALUE);
        if (speaker >= 0 && !parse.token(verb - 1).isPunctuation() && !isSomebody(parse, speaker)) {
            return -1; // "Trump, whose views …, last year proposed a ban": no comma, no one after it, no inversion
        }
        return speaker;
    }

    /**
     * How parsers file the speaker after an inverted speech verb: as its object or subject, and for
     * "…,” said Joseph, who …" often as an open complement (xcomp) that is really a name.
     */
    private static boolean isInvertedSpeakerRelation(Parse parse, int c) {
        Token t = parse.token(c);
        String rel = t.relation();
        return rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj")
                || (rel.equals("xcomp") && (t.tag().startsWith("NN") || t.tag().equals("PRP")));
    }

    /** Nouns of quantity: "30 percent of voters", "a majority of the board" name people through their "of". */
    static final java.util.Set<String> QUANTITIES = java.util.Set.of("percent", "%", "share", "proportion", "majority",
            "number", "third", "half", "quarter", "most", "many", "some");

    /**
     * "Clinton tried last week to empathize … and promised …": a bare verb the parser took, with its "to",
     * for a prepositional phrase on the verb before it; it is that verb's complement, and its subject
     * the same.
     */
    private static boolean misreadInfinitive(Parse parse, int verb) {
        Token t = parse.token(verb);
        int to = parse.child(verb, "case");
        return t.tag().equals("VB") && t.baseRelation().equals("obl") && to >= 0 && parse.token(to).lemma().equals("to")
                && t.head() >= 0 && parse.token(t.head()).isVerb();
    }

    /**
     * "Clinton paused, then revealed why …": a finite verb the parser hung on the verb before it as a mere
     * dependant, though it is that verb's next act and shares its subject.
     */
    static boolean isThenVerb(Parse parse, int verb) {
        Token t = parse.token(verb);
        return t.relation().equals("dep") && (t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP"))
                && t.head() >= 0 && t.head() < verb && parse.token(t.head()).isVerb()
                && (parse.token(verb - 1).lemma().equals("then") || parse.child(verb, "cc") >= 0 && parse.child(verb, "cc") < verb);
    }

    /**
     * '"…," Devine added.': a name right before the verb, after a quotation's close or a comma, that the
     * tagger misread (as an adjective) and the parser hung on the verb by no subject relation; -1 when none.
     */
    private static int misreadName(Parse parse, int verb) {
        int name = verb - 1;
        if (name < 1 || parse.token(name).head() != verb || !parse.token(name).ner().equals("PERSON")
                || parse.token(name).tag().startsWith("NN")) {
            return -1;
        }
        String before = parse.token(name - 1).word();
        return before.equals(",") || QuoteMarks.mayClose(before) ? name : -1;
    }

    /** Prepositions that make a gerund an adverbial of the clause around it ("by calling", "after arguing"). */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "in", "after", "before", "while", "since",
            "without", "through", "upon", "on");

    /** A gerund right after a preposition that heads it: "by calling him out", "in denouncing the board". */
    static boolean isPrepositionalGerund(Parse parse, int verb) {
        Token t = parse.token(verb);
        if (!t.tag().equals("VBG") || verb == 0) {
            return false;
        }
        Token before = parse.token(verb - 1);
        boolean marks = before.head() == verb && (before.relation().equals("case") || before.relation().equals("mark"));
        // "the most aggressive in the field in denouncing …" parsed with the gerund hung on its preposition
        boolean carries = t.head() == verb - 1 && before.tag().equals("IN");
        return (marks || carries) && GERUND_PREPOSITIONS.contains(before.lemma());
    }

    private static final Set<String> ANYONE = Set.of("anyone", "anybody", "someone", "somebody", "everyone", "everybody",
            "each", "both"); // "Trump and Clinton vied for the title, each touting …"

    /**
     * The phrase a "by" opens after the verb, its agent where the verb is passive; -1 when none. Before
     * the verb it names none: "By the end of the day, he was forced …".
     */
    private static int byPhraseAfter(Parse parse, int verb) {
        int agent = -1;
        for (int c : parse.children(verb)) {
            int kase = parse.child(c, "case");
            if (c > verb && parse.token(c).baseRelation().equals("obl") && kase >= 0 && parse.token(kase).lemma().equals("by")) {
                agent = c;
            }
        }
        return agent;
    }

    /**
     * "who was asked about the strike", "uneasy when asked about his daughter", "has been told to wait": a
     * verb of asking or telling in the passive, whose subject is the one asked or told. PolNeAR train marks
     * such a cue's source 70 times nowhere, 11 times at a "by" after it and 3 times before it.
     */
    static boolean isRecipientPassive(Parse parse, int verb) {
        Token v = parse.token(verb);
        if (!v.tag().equals("VBN") || !RECIPIENT_VERBS.contains(v.lemma())) {
            return false;
        }
        if (parse.child(verb, "aux:pass", "nsubj:pass") >= 0) {
            return true;
        }
        int aux = parse.child(verb, "aux");
        return (aux < 0 || !parse.token(aux).lemma().equals("have")) && !v.relation().equals("acl:relcl")
                && parse.child(verb, "nsubj") < 0; // "when asked", not "has asked" nor "she asked"
    }

    /** The agent of a passive: the phrase after its "by", -1 when none. */
    static int passiveAgent(Parse parse, int verb) {
        int agent = parse.child(verb, "obl:agent");
        return agent >= 0 ? agent : byPhraseAfter(parse, verb);
    }

    private static final Set<String> RECIPIENT_VERBS = Set.of("ask", "tell", "urge", "warn", "remind", "inform",
            "advise", "brief", "press", "question", "assure", "notify");

    /** "Asked by the host whether …": the one right after "by" on an opening participle; -1 when none. */
    private static int byAgent(Parse parse, int verb) {
        int agent = byPhraseAfter(parse, verb);
        return agent >= 0 && parse.child(agent, "case") == verb + 1 && parse.token(agent).isNoun() ? agent : -1;
    }

    /**
     * Whether a noun names people or an organisation, as far as the tagger can tell: a name, or a
     * quantity of them ("30 percent of voters", "the share of Republicans").
     */
    static boolean isSomebody(Parse parse, int noun) {
        Token n = parse.token(noun);
        if (QUANTITIES.contains(n.lemma().toLowerCase(java.util.Locale.ROOT))) {
            int of = parse.child(noun, "nmod");
            return of >= 0 && (parse.token(of).tag().equals("NNS") || parse.token(of).tag().equals("NNPS") || isSomebody(parse, of));
        }
        return n.ner().equals("PERSON") || n.ner().equals("ORGANIZATION") || n.ner().equals("MISC") && n.tag().equals("NNPS")
                || ANYONE.contains(n.lemma().toLowerCase(java.util.Locale.ROOT)); // "anyone questioning her lead"
    }
}
