package org.hearsay.attribution;

import org.hearsay.cues.CueClass;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Content (and a missing source) from the order of the words around a verb cue, for when the
 * dependency parse gives none. News reports speech in a few fixed shapes, and the parser often
 * mis-attaches them in long sentences ("…, noted the Herald's Anna Berg." parsed with the reported
 * clause as a loose dependent of "noted"). Three shapes:
 * <ul>
 *   <li>trailing: "CONTENT, [SOURCE] CUE [SOURCE]." — the cue and its speaker end the sentence;</li>
 *   <li>parenthetical: "CONTENT, as SOURCE CUE, CONTENT." — "as one adviser pointed out";</li>
 *   <li>forward: "SOURCE CUE [that] CLAUSE" — a clause with a finite verb follows the cue.</li>
 * </ul>
 * Only for verb cues with no content yet. Stateless.
 */
final class SurfaceShapes {

    /** How many tokens a speaker phrase between comma and cue, or after the cue, may have. */
    private static final int MAX_SOURCE = 14;

    /** The conjunctions after which a report interrupted by its speaker goes on. */
    private static final Set<String> RESUMING = Set.of("and", "but");

    /**
     * @param nested whether the cue lies inside the content of an attribution the parse found: then it
     *               is mostly part of what that one reports, and only the shapes that end at it count, or a
     *               forward one whose clause opens right after the cue
     */
    void find(Parse parse, Draft d, boolean nested) {
        if (!d.contents.isEmpty() || d.cue == null || !isVerbCue(d.cue.kind()) || !parse.token(d.cue.head()).isVerb()) {
            return;
        }
        Sentence s = parse.sentenceOf(parse.token(d.cue.head()));
        int cueFirst = parse.firstTokenAtOrAfter(d.cue.span().begin());
        int cueLast = parse.firstTokenAtOrAfter(d.cue.span().end()) - 1;
        if (cueFirst < s.firstToken() || cueLast >= s.endToken()) {
            return;
        }
        if (colonBeforeParagraph(parse, d, cueLast)) {
            return;
        }
        if (!parenthetical(parse, d, s, cueFirst, cueLast) && !trailing(parse, d, s, cueFirst, cueLast)) {
            if (!nested || opensClause(parse, d, s, cueLast)) {
                forward(parse, d, s, cueLast);
            }
        }
    }

    /**
     * "…, arguing the move was needed", "though she acknowledged it was unlikely": a lexicon verb of saying or
     * thinking followed at once by "that" or by a subject and, within a few words, its finite verb. Inside
     * another report such a clause is still this verb's own (the parser hangs it elsewhere: on train half B
     * seven of the eleven cues it gives back are the annotators').
     */
    private static boolean opensClause(Parse parse, Draft d, Sentence s, int cueLast) {
        if (d.cue.kind() != CueClass.SPEECH && d.cue.kind() != CueClass.COGNITION) {
            return false;
        }
        int from = cueLast + 1;
        if (from >= s.endToken()) {
            return false;
        }
        Token first = parse.token(from);
        if (first.word().equalsIgnoreCase("that")) {
            return true;
        }
        String tag = first.tag();
        if (!(tag.equals("PRP") || tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("NN") || tag.equals("EX")
                || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("PDT"))) { // "there is", "such bills", "30 percent"
            return false;
        }
        for (int k = from + 1; k < Math.min(s.endToken(), from + CLAUSE_REACH); k++) {
            Token t = parse.token(k);
            if (t.isPunctuation() || t.tag().equals("IN") || t.tag().equals("WDT")) {
                return false;
            }
            if (isFinite(t)) {
                return true;
            }
        }
        return false;
    }

    /** How far after a clause's first word its finite verb may stand ("the union's new chief has"). */
    private static final int CLAUSE_REACH = 6;

    private static boolean isVerbCue(CueClass kind) {
        return kind == CueClass.SPEECH || kind == CueClass.COGNITION || kind == CueClass.EVIDENCE || kind == CueClass.LEARNED;
    }

    /** "The Daily Ledger reports:" at the end of a paragraph: what was reported is the next paragraph. */
    private static boolean colonBeforeParagraph(Parse parse, Draft d, int cueLast) {
        int colon = cueLast + 1;
        if (colon >= parse.tokens().size() || !parse.token(colon).word().equals(":")) {
            return false;
        }
        int p = parse.paragraphIndex(parse.token(colon).begin());
        if (p < 0 || p + 1 >= parse.paragraphs().size()) {
            return false;
        }
        CharSpan here = parse.paragraphs().get(p);
        if (!parse.text().substring(parse.token(colon).end(), here.end()).isBlank()) {
            return false;
        }
        CharSpan next = parse.paragraphs().get(p + 1).strip(parse.text());
        if (next.length() < 10) {
            return false;
        }
        d.addContent(next);
        return true;
    }

    /** "Hawaii, as one adviser pointed out, rarely gets two storms." */
    private static boolean parenthetical(Parse parse, Draft d, Sentence s, int cueFirst, int cueLast) {
        int as = -1;
        for (int k = cueFirst - 1; k >= s.firstToken() && k >= cueFirst - MAX_SOURCE; k--) {
            Token t = parse.token(k);
            if (t.word().equalsIgnoreCase("as")) {
                as = k;
                break;
            }
            if (t.isVerb() || t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
        }
        if (as < 0 || as + 1 >= cueFirst || !(as == s.firstToken() || parse.token(as - 1).word().equals(","))) {
            return false;
        }
        int after = cueLast + 1;
        if (after < s.endToken() && !parse.token(after).word().equals(",")) {
            return false;
        }
        BitSet content = new BitSet();
        content.set(s.firstToken(), as);
        content.set(Math.min(after + 1, s.endToken()), s.endToken());
        if (!enough(parse, content)) {
            return false;
        }
        fill(parse, d, content, as + 1, cueFirst - 1);
        return true;
    }

    /** "…, The Post has learned." and "…, noted the Herald's Anna Berg." */
    private static boolean trailing(Parse parse, Draft d, Sentence s, int cueFirst, int cueLast) {
        int end = s.endToken();
        while (end > cueLast + 1 && parse.token(end - 1).isPunctuation()) {
            end--;
        }
        int resume = -1; // "X, the agency said in a report, and Y.": the report goes on after the comma
        for (int k = cueLast + 1; k < end && resume < 0; k++) {
            Token t = parse.token(k);
            if (t.word().equals(",") && k + 1 < end && RESUMING.contains(parse.token(k + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                resume = k + 2;
            } else if (t.word().equals(",") && k + 1 < end && parse.token(k + 1).tag().equals("VBG")) {
                break; // "…, Ortiz said in June, citing the figures": the participle is his, not the speaker's name
            } else if (isFinite(t) || t.word().equalsIgnoreCase("that") && t.tag().equals("IN") || k - cueLast > MAX_SOURCE) {
                return false;
            }
        }
        int comma = -1;
        for (int k = cueFirst - 1; k >= s.firstToken() && k >= cueFirst - MAX_SOURCE; k--) {
            Token t = parse.token(k);
            if (t.word().equals(",")) {
                comma = k;
                break;
            }
            if (t.isVerb() || t.word().equals(";") || t.word().equals(":")) {
                return false;
            }
        }
        if (comma < 0) {
            return false;
        }
        BitSet content = new BitSet();
        content.set(s.firstToken(), comma);
        if (resume >= 0) {
            BitSet rest = new BitSet();
            rest.set(resume, end);
            if (!enough(parse, rest) || !enough(parse, content) || comma + 1 >= cueFirst) {
                return false;
            }
            content.or(rest);
            if (d.source != null && java.util.Arrays.stream(parse.tokensIn(d.source)).anyMatch(content::get)) {
                d.source = null; // the parser ran the first half into the speaker's phrase; the speaker is after the comma
            }
        }
        boolean speakerAfterComma = comma + 1 < cueFirst && (d.source == null || d.source.begin() >= parse.token(comma).end());
        if (!enough(parse, content) && !(speakerAfterComma && fragment(parse, content))) {
            return false;
        }
        if (comma + 1 < cueFirst) {
            fill(parse, d, content, comma + 1, cueFirst - 1);
        } else if (d.cue.kind() != CueClass.SPEECH) {
            return false; // "…, most presidents have supported trade deals": only verbs of saying invert
        } else {
            int last = cueLast;
            while (last + 1 < end && !parse.token(last + 1).word().equals(",") && !isTime(parse.token(last + 1))) {
                last++;
            }
            fill(parse, d, content, cueLast + 1, last);
        }
        return true;
    }

    /** "Instant polls showed Clinton was the winner", parsed with "Clinton" as the object of "showed". */
    private static void forward(Parse parse, Draft d, Sentence s, int cueLast) {
        if (d.source == null) {
            return;
        }
        int from = cueLast + 1;
        if (from < s.endToken() && (parse.token(from).word().equalsIgnoreCase("that") || parse.token(from).word().equals(":"))) {
            from++;
        }
        int end = from;
        boolean finite = false;
        while (end < s.endToken() && !parse.token(end).word().equals(";")) {
            end++;
        }
        for (int k = from + 1; k < end; k++) {
            finite |= isFinite(parse.token(k));
        }
        BitSet content = new BitSet();
        content.set(from, end);
        if (finite && enough(parse, content)) {
            fill(parse, d, content, -1, -2);
        }
    }

    /**
     * "People like Scott, he said.", "Good luck with the story, he wrote.": a noun phrase of three words or
     * more (not "Then, last week" nor "And in many ways").
     */
    private static boolean fragment(Parse parse, BitSet content) {
        int first = parse.firstWord(content);
        if (first < 0 || content.cardinality() < 3) {
            return false;
        }
        String tag = parse.token(first).tag();
        return tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$");
    }

    private static boolean enough(Parse parse, BitSet content) {
        int words = 0;
        boolean verb = false;
        for (int k = content.nextSetBit(0); k >= 0; k = content.nextSetBit(k + 1)) {
            Token t = parse.token(k);
            if (!t.isPunctuation()) {
                words++;
            }
            verb |= t.isVerb();
        }
        return words >= 3 && verb;
    }

    /** Sets the content, and the source from tokens {@code from..to} when the draft has none. */
    private static void fill(Parse parse, Draft d, BitSet content, int from, int to) {
        if (d.source == null && from >= 0 && from <= to && !SourceFinder.namesNobody(parse, d.cue)) {
            BitSet source = new BitSet();
            source.set(from, to + 1);
            CharSpan span = PhraseSpans.trimmedCover(parse, source);
            if (span != null && hasNominal(parse, from, to)) {
                d.source = span;
                d.sourceHead = headOf(parse, from, to);
                for (int k = from; k <= to; k++) {
                    content.clear(k);
                }
            }
        }
        for (int k = content.nextSetBit(0); k >= 0 && parse.token(k).isPunctuation() && !QuoteMarks.isDouble(parse.token(k).word());
             k = content.nextSetBit(k + 1)) {
            content.clear(k); // a leading dash, bullet or emoji is not what was said
        }
        for (CharSpan f : parse.fragments(content)) {
            d.addContent(f);
        }
    }

    private static boolean hasNominal(Parse parse, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = parse.token(k);
            if (t.isNoun() || t.tag().equals("PRP")) {
                return true;
            }
        }
        return false;
    }

    /** The token of the span whose head lies outside it, or the last noun. */
    private static int headOf(Parse parse, int from, int to) {
        for (int k = from; k <= to; k++) {
            int h = parse.token(k).head();
            if (h >= 0 && (h < from || h > to) && (parse.token(k).isNoun() || parse.token(k).tag().equals("PRP")
                    || parse.token(k).tag().equals("CD"))) {
                return k;
            }
        }
        for (int k = to; k >= from; k--) {
            if (parse.token(k).isNoun() || parse.token(k).tag().equals("PRP")) {
                return k;
            }
        }
        return to;
    }

    private static boolean isFinite(Token t) {
        return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD");
    }

    private static boolean isTime(Token t) {
        return TIMES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.tag().equals("IN") || t.tag().equals("RB");
    }

    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "recently", "earlier", "later", "last", "this");

    /**
     * A clause the parse cut short: "said that the agency could not be sure that money used for the
     * visas" where the parser hung "was not coming from …" elsewhere. A clausal content that follows
     * its cue runs on to the end of the sentence, unless another cue stands in the way.
     *
     * @param cueTokens the tokens of every cue in the text
     */
    void extendToSentenceEnd(Parse parse, Draft d, BitSet cueTokens) {
        if (d.cue == null || d.contents.isEmpty() || !isVerbCue(d.cue.kind())) {
            return;
        }
        CharSpan last = d.contents.get(d.contents.size() - 1);
        if (d.cue.span().end() > d.contents.get(0).begin()) {
            return;
        }
        int lastToken = parse.firstTokenAtOrAfter(last.end()) - 1;
        boolean clause = false;
        for (int k : parse.tokensIn(last)) {
            clause |= parse.token(k).isVerb();
        }
        if (!clause && lastToken + 1 < parse.tokens().size() && parse.token(lastToken + 1).tag().equals("IN")) {
            return; // "railed against the new tariff during the debate": the phrase after an object is the verb's
        }
        Sentence s = parse.sentenceOf(parse.token(lastToken));
        int end = s.endToken();
        while (end > lastToken + 1 && parse.token(end - 1).isPunctuation() && !QuoteMarks.isDouble(parse.token(end - 1).word())) {
            end--;
        }
        if (end <= lastToken + 1) {
            return;
        }
        for (int k = lastToken + 1; k < end; k++) {
            if (cueTokens.get(k) || parse.token(k).word().equals(";")) {
                return;
            }
        }
        d.addContent(new CharSpan(last.begin(), parse.token(end - 1).end()));
    }
}
