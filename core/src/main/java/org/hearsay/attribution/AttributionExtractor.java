package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueClass;
import org.hearsay.cues.CueDetector;
import org.hearsay.cues.CueLexicon;
import org.hearsay.model.Attribution;
import org.hearsay.model.AttributionKind;
import org.hearsay.model.Entity;
import org.hearsay.model.Recipient;
import org.hearsay.model.Span;
import org.hearsay.model.Speaker;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.TextIndex;
import org.hearsay.quotes.Quote;
import org.hearsay.quotes.QuoteFinder;
import org.hearsay.speakers.EntityCluster;
import org.hearsay.speakers.Mention;
import org.hearsay.speakers.OutletDirectory;
import org.hearsay.speakers.Resolution;
import org.hearsay.speakers.SpeakerResolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the extraction stages over a parsed text, in this order: quotes, cues with their sources and
 * contents, quotes given to cues, press-release layouts, continuation quotes, recipients, hedges,
 * nesting, speakers. Immutable and thread-safe.
 */
public final class AttributionExtractor {

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final CueDetector cueDetector;
    private final SourceFinder sourceFinder = new SourceFinder();
    private final ContentFinder contentFinder;
    private final SurfaceShapes surfaceShapes = new SurfaceShapes();
    private final QuoteAttacher quoteAttacher = new QuoteAttacher();
    private final PressReleaseLayouts layouts = new PressReleaseLayouts();
    private final ContinuationFinder continuations = new ContinuationFinder();
    private final RecipientFinder recipientFinder;
    private final HedgeFinder hedgeFinder = new HedgeFinder();
    private final NestingLinker nesting = new NestingLinker();
    private final CitationLinker citations = new CitationLinker();
    private final SpeakerResolver speakers;

    public AttributionExtractor(CueLexicon lexicon, OutletDirectory outlets) {
        this(lexicon, java.util.Optional.empty(), outlets);
    }

    public AttributionExtractor(CueLexicon lexicon, java.util.Optional<org.hearsay.cues.CueModel> model, OutletDirectory outlets) {
        this.cueDetector = new CueDetector(lexicon, model);
        this.contentFinder = new ContentFinder(lexicon);
        this.recipientFinder = new RecipientFinder(lexicon);
        this.speakers = new SpeakerResolver(outlets);
    }

    /** What one text yields: its attributions in text order and the entities they name. */
    public record Result(List<Attribution> attributions, List<Entity> entities) {
    }

    /**
     * Whether a sentence could hold anything this extractor looks for, judged from its tagged tokens:
     * a cue word, "according to", a quotation mark. Sentences without any need no dependency parse.
     */
    public boolean needsSyntax(List<org.hearsay.parse.Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            org.hearsay.parse.Token t = sentence.get(i);
            if (cueDetector.mayCue(sentence, i) || QuoteMarks.isDouble(t.word()) || t.word().indexOf('"') >= 0
                    || t.word().indexOf('“') >= 0 || t.word().indexOf('”') >= 0) {
                return true;
            }
        }
        return false;
    }

    public Result extract(Parse parse) {
        List<Quote> quotes = quoteFinder.find(parse.text(), parse.paragraphs());
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Draft> byCueHead = new HashMap<>();
        Map<Integer, Draft> unused = new HashMap<>();
        List<Cue> cues = new ArrayList<>(cueDetector.detect(parse));
        CueDetector.joinOpeningVerbs(parse, cues);
        List<Cue> manners = CueDetector.verbsForStatements(parse, cues);
        for (Cue cue : cues) {
            if (Quote.anySurrounds(quotes, cue.span().begin(), cue.span().end())) {
                // "I think", "we want" inside someone's quote belong to that quote, not to the article
                continue;
            }
            Draft d = new Draft(cue);
            sourceFinder.find(parse, d);
            contentFinder.find(parse, d);
            if (cue.kind() == CueClass.NOUN && d.source == null) {
                continue; // "the suggestion that ..." with nobody behind it reports nothing
            }
            if (d.contents.isEmpty()) {
                unused.put(cue.head(), d);
            } else {
                drafts.add(d);
                byCueHead.put(cue.head(), d);
            }
        }
        // where the parse gave no content, the order of the words may
        for (Cue cue : cues) {
            Draft d = unused.get(cue.head());
            if (d == null) {
                continue;
            }
            boolean nested = false;
            for (Draft other : drafts) {
                nested |= other.contentOverlaps(cue.span());
            }
            surfaceShapes.find(parse, d, nested);
            if (d.contents.isEmpty() && !nested) {
                d.contents.addAll(governedWords(parse, d));
            }
            if (!d.contents.isEmpty()) {
                unused.remove(cue.head());
                drafts.add(d);
                byCueHead.put(cue.head(), d);
            }
        }
        java.util.BitSet cueTokens = new java.util.BitSet();
        for (List<Cue> kind : List.of(cues, manners)) {
            for (Cue cue : kind) {
                for (int k : parse.tokensIn(cue.span())) {
                    cueTokens.set(k);
                }
            }
        }
        for (Draft d : drafts) {
            surfaceShapes.extendToSentenceEnd(parse, d, cueTokens);
        }
        Set<Quote> attached = quoteAttacher.attach(parse, quotes, drafts, byCueHead, unused, cue -> {
            Draft d = unused.remove(cue.head());
            if (d == null) {
                d = new Draft(cue);
                sourceFinder.find(parse, d);
            }
            drafts.add(d);
            byCueHead.put(cue.head(), d);
            return d;
        });
        citations.link(parse, drafts, byCueHead);
        trimDatelines(parse, drafts);
        List<Draft> laidOut = layouts.find(parse, quotes, attached);
        drafts.addAll(laidOut);
        for (Draft d : laidOut) {
            for (Quote q : quotes) {
                if (d.contentOverlaps(q.cover())) {
                    attached.add(q);
                }
            }
        }
        for (Draft d : drafts) {
            if (d.kind != AttributionKind.CONTINUATION) {
                d.kind = kindOf(d, quotes);
            }
        }
        continuations.find(parse, quotes, attached, drafts);
        drafts.sort(Comparator.comparingInt(Draft::start));
        for (Draft d : drafts) {
            recipientFinder.find(parse, d);
            hedgeFinder.find(parse, d);
            d.confidence = confidence(d);
        }
        drafts.removeIf(d -> d.cue != null && d.cue.head() >= 0 && isWeakNested(parse, d, drafts));
        cutTrailingParticiples(parse, drafts);
        nesting.link(parse, drafts);
        for (Draft d : drafts) {
            redrawCue(parse, d);
        }
        mergeSameCue(parse, drafts);
        cutReportingClauses(parse, drafts);
        for (Draft d : drafts) {
            keepContentApart(parse.text(), d);
            for (Cue manner : manners) {
                leaveOutManner(parse, d, manner);
            }
            keepSourceOutOfQuotes(parse, d, quotes);
        }
        return build(parse, drafts);
    }

    /**
     * Two reports whose cues were drawn to the same words ("issued a statement" and "saying" in "issued a
     * statement saying", "goes on" and "say"), or one inside the other's for the same speaker ("vowed" and
     * "vowed not to repeat"), are one: the one with more content, or whose verb governs the other's, keeps
     * the other's source or content if it had none, and takes over its nested reports and continuations.
     */
    private static void mergeSameCue(Parse parse, List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft a = drafts.get(i);
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft b = drafts.get(j);
                if (a.cue == null || b.cue == null || a.cue.head() < 0 || b.cue.head() < 0 || !sameReport(a, b)) {
                    continue;
                }
                boolean twoHeads = a.cue.head() != b.cue.head();
                Draft keep = a.cue.span().equals(b.cue.span()) ? (b.contents.size() > a.contents.size() ? b : a)
                        : twoHeads && parse.dominates(b.cue.head(), a.cue.head()) ? b
                        : twoHeads && parse.dominates(a.cue.head(), b.cue.head()) ? a
                        : (b.cue.span().contains(a.cue.span()) ? b : a);
                Draft gone = keep == a ? b : a;
                if (keep.contents.isEmpty()) {
                    keep.contents.addAll(gone.contents);
                }
                if (keep.source == null) {
                    keep.source = gone.source;
                    keep.sourceHead = gone.sourceHead;
                }
                for (Draft d : drafts) {
                    if (d.parent == gone) {
                        d.parent = d == keep ? gone.parent : keep;
                    }
                    if (d.continues == gone) {
                        d.continues = keep;
                    }
                }
                drafts.set(i, keep);
                drafts.remove(j);
                a = keep;
                j--;
            }
        }
    }

    private static boolean sameReport(Draft a, Draft b) {
        if (a.cue.span().equals(b.cue.span())) {
            return true;
        }
        boolean nested = a.cue.span().contains(b.cue.span()) || b.cue.span().contains(a.cue.span());
        boolean sameSource = a.source == null || b.source == null || a.source.equals(b.source);
        return nested && sameSource;
    }

    /**
     * A source's relative clause that is itself a report is not part of the source ("Ortiz, who said last
     * week that …, told reporters"): the annotators of PolNeAR train leave such a clause out of the outer
     * source 107 times of 107, and keep a relative clause that reports nothing 266 times of 371.
     */
    private static void cutReportingClauses(Parse parse, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.source == null || d.sourceHead < 0) {
                continue;
            }
            for (Draft o : drafts) {
                if (o == d || o.cue == null || o.cue.head() < 0 || !d.source.contains(o.cue.span())) {
                    continue;
                }
                int first = clauseStart(parse, d, o);
                if (first <= 0 || parse.token(first).begin() <= d.source.begin()) {
                    continue;
                }
                int end = first - 1;
                while (end >= 0 && parse.token(end).isPunctuation() && parse.token(end).begin() > d.source.begin()) {
                    end--;
                }
                if (end >= 0 && parse.token(end).end() > d.source.begin()) {
                    d.source = new CharSpan(d.source.begin(), parse.token(end).end());
                }
                break;
            }
        }
    }

    /**
     * "called for a patrol of the harbour, saying airstrikes had failed": where the parser hung a report's
     * participle inside another's content, what the other said ends at the comma (on half B of PolNeAR
     * train, cut there 40 such contents become the annotators', 7 stop being).
     */
    private static void cutTrailingParticiples(Parse parse, List<Draft> drafts) {
        for (Draft o : drafts) {
            if (o.cue == null || o.cue.head() < 0 || o.cue.kind() == CueClass.PHRASE) {
                continue;
            }
            int first = parse.firstTokenAtOrAfter(o.cue.span().begin());
            if (first <= 0 || !parse.token(first).tag().equals("VBG") || !parse.token(first - 1).word().equals(",")) {
                continue;
            }
            CharSpan comma = new CharSpan(parse.token(first - 1).begin(), parse.token(first - 1).end());
            for (Draft d : drafts) {
                CharSpan holder = d == o ? null : d.contentHolding(comma);
                if (holder != null && holder.begin() < comma.begin()) {
                    d.cutContent(parse.text(), comma.begin(), holder.end()); // the fragment's rest, not later ones
                }
            }
        }
    }

    /**
     * No word is both what was said and who said it, or its cue: a content that took in its own source or cue
     * (a misparse of '"…," said Ortiz, who founded the union' made the relative clause the reported one)
     * gives them up. Where nothing would be left the content stays as it was.
     */
    private static void keepContentApart(String text, Draft d) {
        List<CharSpan> before = List.copyOf(d.contents);
        if (d.source != null) {
            d.removeFromContent(text, d.source);
        }
        if (d.cue != null && d.cue.head() >= 0) {
            d.removeFromContent(text, d.cue.span());
        }
        if (d.contents.isEmpty()) {
            d.contents.addAll(before);
        }
    }

    /**
     * '"… losing their jobs," Grimm said', 'said Formas, the campaign's director, "and we've …"': a speaker's
     * phrase stops at a quotation's mark; where the parse ran it into a quote, the part inside is cut off,
     * on whichever side of the mark the speaker's head word is.
     */
    private static void keepSourceOutOfQuotes(Parse parse, Draft d, List<Quote> quotes) {
        if (d.source == null || d.sourceHead < 0) {
            return;
        }
        String text = parse.text();
        int head = parse.token(d.sourceHead).begin();
        for (Quote q : quotes) {
            if (!q.closed()) {
                continue;
            }
            for (CharSpan f : q.fragments()) {
                int b = d.source.begin();
                int e = d.source.end();
                // a quotation opening after the phrase's own punctuation ('director, "and we've', 'Shaw: “Historically')
                // is what was said; one inside the phrase ('host of “Morning Joe”', 'called “The Local”', 'a contestant on
                // the show, "The Apprentice," who …') is a name in it
                if (f.begin() > b && f.begin() < e && head < f.begin() && endsPhrase(text, b, f.begin()) && !hasWord(text, f.end(), e)) {
                    e = Draft.endBefore(text, b, f.begin());
                } else if (f.begin() < b && f.end() > b && f.end() < e && head >= f.end() && hasWord(text, f.begin(), b)) {
                    b = Draft.startAfter(text, f.end(), e);
                }
                if (e > b && (b != d.source.begin() || e != d.source.end())) {
                    d.source = new CharSpan(b, e);
                }
            }
        }
    }

    /** Whether the text before {@code mark} (spaces skipped) ends with a comma, colon, semicolon or full stop. */
    private static boolean endsPhrase(String text, int begin, int mark) {
        int i = mark;
        while (i > begin && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > begin && ",:;.".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean hasWord(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "claimed in an interview with Reuters that …", "points out in a column on its website, citing …": where
     * the content of the verb a phrase tells the manner of begins with that phrase, the phrase (with the
     * words hung on its noun, up to a "that") is left out of it, as the annotators draw it: what was said
     * starts after. Not from another report's content ("According to aides, in a statement the senator
     * said …" keeps its words whole).
     */
    private static void leaveOutManner(Parse parse, Draft d, Cue manner) {
        if (d.cue == null || d.cue.head() != parse.token(manner.head()).head()
                || d.contents.stream().noneMatch(c -> c.begin() == manner.span().begin())) {
            return;
        }
        java.util.BitSet phrase = parse.subtree(manner.head());
        int first = parse.tokenAt(manner.span().begin());
        if (first < 0 || first > manner.head()) {
            return;
        }
        int k = first;
        while (k <= manner.head() || (k < parse.tokens().size() && phrase.get(k) && !parse.token(k).lemma().equals("that"))) {
            k++;
        }
        List<CharSpan> before = List.copyOf(d.contents);
        d.removeFromContent(parse.text(), new CharSpan(parse.token(first).begin(), parse.token(k - 1).end()));
        if (d.contents.isEmpty()) {
            d.contents.addAll(before);
        }
    }

    /**
     * Where the relative clause of report {@code o} begins inside {@code d}'s source, or -1 when its cue is in
     * no such clause: the clause the parse hangs on the source and that ends it, or the relative pronoun
     * that is {@code o}'s source where the parse lost the clause.
     */
    private static int clauseStart(Parse parse, Draft d, Draft o) {
        int verb = o.cue.head();
        if (parse.token(verb).relation().equals("acl:relcl") && parse.token(verb).head() >= 0) {
            java.util.BitSet clause = parse.subtree(verb);
            if (parse.token(clause.length() - 1).end() >= d.source.end() - 1) {
                return clause.nextSetBit(0);
            }
        }
        if (o.source != null && o.sourceHead >= 0 && d.source.contains(o.source) && o.source.begin() < o.cue.span().begin()
                && parse.tokensIn(o.source).length == 1 && SourceFinder.isRelativePronoun(parse.token(o.sourceHead))) {
            return o.sourceHead;
        }
        return -1;
    }

    /**
     * The cue as annotators draw it ({@link CueDetector#extent}); words it gains leave the content and
     * source, so that no word is both.
     */
    private void redrawCue(Parse parse, Draft d) {
        if (d.cue == null || d.cue.head() < 0) {
            return;
        }
        CharSpan span = cueDetector.extent(parse, d.cue);
        if (span.equals(d.cue.span())) {
            return;
        }
        for (int i = 0; i < d.contents.size(); i++) {
            CharSpan c = d.contents.get(i);
            if (c.overlaps(span) && !c.contains(d.cue.span())) { // a content holding its whole cue is left as it was
                CharSpan rest = outside(parse.text(), c, span);
                if (rest == null) {
                    d.contents.remove(i--);
                } else {
                    d.contents.set(i, rest);
                }
            }
        }
        if (d.source != null && d.source.overlaps(span) && !d.source.contains(d.cue.span())) {
            d.source = outside(parse.text(), d.source, span);
            if (d.source == null) {
                d.sourceHead = -1;
            }
        }
        d.cue = new Cue(d.cue.kind(), d.cue.head(), span, d.cue.lemma());
    }

    /** The part of {@code c} on one side of {@code cut}, trimmed of spaces; null when nothing is left. */
    private static CharSpan outside(String text, CharSpan c, CharSpan cut) {
        int b = c.begin();
        int e = c.end();
        if (c.begin() >= cut.begin()) {
            b = Math.max(b, cut.end());
        } else {
            e = Math.min(e, cut.begin());
        }
        if (b >= e) {
            return null;
        }
        CharSpan rest = new CharSpan(b, e).strip(text);
        return rest.isEmpty() ? null : rest;
    }

    /**
     * What a verb of saying with a speaker but no content the parse or the order of words could find
     * reports, as a last resort: the words its clause governs after the cue ("promised on Sunday at a rally
     * to end …", "wrote to the mayor about a visit", "argued in favour of staying"). The annotators mark
     * these reports; dropping them lost them all. On PolNeAR train, each half scored by a model trained on
     * the other: attribution F1 +0.07 and +0.16, cue exact +0.09 and +0.13, full +0.13 and +0.14; a verb
     * only the model knows, or one without a speaker, gained less or lost. Not words that open on where or
     * how ("Lena Ortiz reported from Lisbon", "the council responded by raising the fee"): of the reports
     * this found, these were the common wrong ones (precision on half B +0.07, half A +0.04).
     */
    private static List<CharSpan> governedWords(Parse parse, Draft d) {
        if (d.cue.kind() != CueClass.SPEECH || d.source == null || !parse.token(d.cue.head()).isVerb()) {
            return List.of();
        }
        java.util.BitSet rest = parse.subtree(d.cue.head());
        rest.clear(0, parse.firstTokenAtOrAfter(d.cue.span().end()));
        for (int k : parse.tokensIn(d.source)) {
            rest.clear(k);
        }
        int first = parse.firstWord(rest);
        if (first < 0 || parse.token(first).lemma().equals("from") || parse.token(first).lemma().equals("by")) {
            return List.of();
        }
        return parse.fragments(rest);
    }

    /**
     * A thought, a noun or adjective cue, a verb only the model knows, an open complement, a "said in a
     * statement" or a "reportedly" inside another attribution's content: annotators mark the outer report and
     * seldom these. On half B of PolNeAR train, 57 of 182 such nested predictions matched a gold attribution,
     * against 554 of 960 nested ones in all (adjectives, added later: "said she was skeptical of …"). Not inside what
     * someone feels about ("The mayor's claim … angered residents": the claim is a report of its own).
     */
    private static boolean isWeakNested(Parse parse, Draft d, List<Draft> drafts) {
        boolean weak = d.cue.kind() == CueClass.COGNITION || d.cue.lemma().equals(org.hearsay.cues.CueDetector.IN_A_STATEMENT)
                || d.cue.lemma().equals(org.hearsay.cues.CueDetector.REPORTEDLY)
                || parse.token(d.cue.head()).relation().equals("xcomp") || d.cue.kind() == CueClass.NOUN
                || d.cue.kind() == CueClass.LEARNED || d.cue.kind() == CueClass.ADJECTIVE;
        return weak && drafts.stream().anyMatch(o -> o != d && o.cue != null && o.contentOverlaps(d.cue.span())
                && !(o.cue.head() >= 0 && SourceFinder.experiencer(parse, o.cue.head()) >= 0));
    }

    /** "VALMORA (Harbour Wire) — Dockworkers walked out": the dateline is the article's, not the claim's. */
    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}(, \\p{Lu}[\\p{L}.]{1,12}( \\p{Lu}[\\p{L}.]{1,12})?)?"
                    + "\\s*(\\([^)\\n]{1,60}\\))?(\\s*[—–]|\\s+--?(?=\\s))\\s*"); // "DECATUR, Ill. —"; a hyphen spaced, not "KING-TV"

    private static void trimDatelines(Parse parse, List<Draft> drafts) {
        for (Draft d : drafts) {
            int paragraph = d.source == null ? -1 : parse.paragraphIndex(d.source.begin());
            if (paragraph >= 0 && parse.paragraphs().get(paragraph).begin() == d.source.begin()) {
                int end = datelineEnd(d.source.of(parse.text()));
                if (end > 0 && end < d.source.length()) {
                    d.source = new CharSpan(d.source.begin() + end, d.source.end()); // "DECATUR, Ill. — Sen. Ted Cruz"
                }
            }
            for (int i = 0; i < d.contents.size(); i++) {
                CharSpan c = d.contents.get(i);
                int p = parse.paragraphIndex(c.begin());
                if (p < 0 || parse.paragraphs().get(p).begin() != c.begin()) {
                    continue;
                }
                int end = datelineEnd(c.of(parse.text()));
                if (end > 0 && end < c.length()) {
                    d.contents.set(i, new CharSpan(c.begin() + end, c.end()));
                } else if (d.contents.size() > 1 && isDateline(parse.text(), c)) {
                    d.contents.remove(i--); // the dateline alone, left over from a misparse: "VALMORA -- Ortiz said it would …"
                }
            }
        }
    }

    /** Where a dateline that opens {@code s} ends, its dash and spaces included; -1 where none does. */
    static int datelineEnd(String s) {
        java.util.regex.Matcher m = DATELINE.matcher(s);
        return m.find() ? m.end() : -1;
    }

    /** Whether a span is all of a dateline, its dash just after it in the text. */
    private static boolean isDateline(String text, CharSpan c) {
        java.util.regex.Matcher m = DATELINE.matcher(text).region(c.begin(), Math.min(text.length(), c.end() + 4));
        return m.lookingAt() && m.end() >= c.end();
    }

    private static AttributionKind kindOf(Draft d, List<Quote> quotes) {
        int quoted = 0;
        int total = 0;
        for (CharSpan c : d.contents) {
            total += c.length();
            for (Quote q : quotes) {
                for (CharSpan f : q.fragments()) {
                    quoted += c.overlap(f);
                }
            }
        }
        if (quoted == 0) {
            return AttributionKind.INDIRECT;
        }
        return quoted >= total - 2 * d.contents.size() ? AttributionKind.DIRECT : AttributionKind.MIXED;
    }

    private static double confidence(Draft d) {
        double c;
        if (d.kind == AttributionKind.CONTINUATION) {
            c = 0.75;
        } else {
            CueClass kind = d.cue.kind();
            c = switch (kind) {
                case SPEECH -> d.kind == AttributionKind.DIRECT ? 0.95 : 0.85;
                case PHRASE, LAYOUT -> 0.9;
                case COGNITION, EVIDENCE -> 0.7;
                case NOUN, ADJECTIVE -> 0.65;
                case LEARNED -> 0.6;
            };
            if (d.source == null) {
                c *= 0.8;
            }
        }
        return Math.round(c * 100) / 100.0;
    }

    private Result build(Parse parse, List<Draft> drafts) {
        TextIndex index = new TextIndex(parse.text());
        Map<Draft, Mention> sourceMentions = new IdentityHashMap<>();
        Map<Draft, Mention> recipientMentions = new IdentityHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.source != null) {
                Mention m = new Mention(d.source, d.sourceHead);
                sourceMentions.put(d, m);
                mentions.add(m);
            }
            if (d.recipient != null) {
                Mention m = new Mention(d.recipient, d.recipientHead);
                recipientMentions.put(d, m);
                mentions.add(m);
            }
        }
        Resolution resolution = speakers.resolve(parse, mentions);
        Map<EntityCluster, String> entityIds = new IdentityHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (EntityCluster c : resolution.entities()) {
            String id = "e" + (entities.size() + 1);
            entityIds.put(c, id);
            entities.add(new Entity(id, c.name(), c.type(), c.aliases(), c.roles(),
                    c.mentions().stream().map(index::span).toList()));
        }
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = "a" + (i + 1);
        }
        List<Attribution> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft speakerDraft = d.continues != null ? d.continues : d;
            Mention sm = sourceMentions.get(speakerDraft);
            Optional<Speaker> speaker = Optional.empty();
            if (sm != null) {
                Optional<EntityCluster> c = resolution.entityOf(sm);
                if (c.isPresent()) {
                    Optional<String> role = d == speakerDraft ? resolution.roleOf(sm) : Optional.empty();
                    speaker = Optional.of(new Speaker(entityIds.get(c.get()), c.get().name(), role));
                }
            }
            Optional<Recipient> recipient = Optional.empty();
            Mention rm = recipientMentions.get(d);
            if (rm != null) {
                Optional<EntityCluster> c = resolution.entityOf(rm);
                if (c.isPresent()) {
                    recipient = Optional.of(new Recipient(entityIds.get(c.get()), c.get().name(), index.span(d.recipient)));
                }
            }
            List<Span> sources = d.source == null ? List.of() : List.of(index.span(d.source));
            out.add(new Attribution(d.id, d.kind,
                    d.cue == null ? Optional.empty() : Optional.of(index.span(withColon(parse, d.cue.span()))),
                    sources,
                    d.contents.stream().map(index::span).toList(),
                    speaker, recipient,
                    Optional.ofNullable(d.parent).map(p -> p.id),
                    d.hedges.stream().map(index::span).toList(),
                    d.confidence));
        }
        return new Result(out, entities);
    }

    /**
     * A cue as annotators mark it: with the colon that follows it ("tweeted:", "put it:", "her message:"),
     * which PolNeAR train has inside the cue 222 times and outside 18.
     */
    static CharSpan withColon(Parse parse, CharSpan cue) {
        int next = parse.firstTokenAtOrAfter(cue.end());
        if (next >= parse.tokens().size()) {
            return cue;
        }
        org.hearsay.parse.Token colon = parse.token(next);
        boolean adjacent = colon.word().equals(":") && colon.begin() - cue.end() <= 1
                && parse.text().substring(cue.end(), colon.begin()).isBlank();
        return adjacent ? new CharSpan(cue.begin(), colon.end()) : cue;
    }
}
