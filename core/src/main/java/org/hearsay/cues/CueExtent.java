package org.hearsay.cues;

import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Where a cue begins and ends: the cue model's third step. Annotators put a cue's auxiliaries, adverbs,
 * particles, prepositions and phrases like "in a statement" or "on Twitter" inside it or not by habits
 * the rules of {@link CueDetector} only approximate ("went on to say" and "expressed concern" whole,
 * "said on Tuesday" ending at "said", "was criticized" without "for", "calls on" with it). On either side of the cue's head, this step scores
 * each place the cue could end, up to {@value #WINDOW} words away in its sentence, by the words it
 * would take in (themselves, their tags, the cue's word), the word just beyond and how it hangs on the
 * cue (on its head, on a word the cue would take in, or elsewhere), how far the place lies from the head
 * for this cue's word, and whether the rules end it there; the best-scored place wins. With how the word
 * beyond hangs and the distance for the cue's word, the step finds 85.5% of the extents on half B of
 * PolNeAR train (model from half A) and 85.9% on half A, against 85.0% and 85.3% without them. Pure
 * functions; the weights live in {@link CueModel}.
 */
final class CueExtent {

    /** How many words on either side of the head the step judges. */
    static final int WINDOW = 8;

    /** The prefix of this step's features in the model file. */
    static final String PREFIX = "x|";

    /** The cue kinds whose extent the step judges; phrases and layouts keep the rules' span. */
    static final Set<CueClass> KINDS = Set.of(CueClass.SPEECH, CueClass.COGNITION, CueClass.EVIDENCE, CueClass.NOUN,
            CueClass.ADJECTIVE, CueClass.LEARNED);

    private CueExtent() {
    }

    /** The candidate ends of a cue on one side of its head ({@code step} -1 for the left, 1 for the right), the head first. */
    static List<Integer> ends(Parse parse, Cue cue, int step) {
        Token h = parse.token(cue.head());
        Sentence s = parse.sentenceOf(h);
        List<Integer> out = new ArrayList<>();
        for (int k = h.index(); k >= s.firstToken() && k < s.endToken() && Math.abs(k - h.index()) <= WINDOW; k += step) {
            out.add(k);
        }
        return out;
    }

    /** Where the rules end the cue on one side: the word of {@code cue.span()} farthest from the head that way. */
    static int ruleEnd(Parse parse, Cue cue, int step) {
        int k = parse.tokenAt(step < 0 ? cue.span().begin() : cue.span().end() - 1);
        return k < 0 || (k - cue.head()) * step < 0 ? cue.head() : k;
    }

    /** The features of ending the cue at word {@code end} on one side of its head. */
    static List<String> features(Parse parse, Cue cue, int step, int end) {
        Token h = parse.token(cue.head());
        Sentence s = parse.sentenceOf(h);
        String side = step < 0 ? "L" : "R";
        StringBuilder words = new StringBuilder();
        String firstWord = "";
        StringBuilder tags = new StringBuilder();
        boolean punct = false;
        for (int k = h.index() + step; (end - k) * step >= 0; k += step) {
            Token t = parse.token(k);
            if (words.isEmpty()) {
                firstWord = lower(t);
            }
            words.append(lower(t)).append(' ');
            tags.append(t.tag()).append(' ');
            punct |= t.isPunctuation();
        }
        Token e = parse.token(end);
        int beyond = end + step;
        boolean outside = beyond < s.firstToken() || beyond >= s.endToken();
        String next = outside ? "<s>" : lower(parse.token(beyond));
        String nextTag = outside ? "<s>" : parse.token(beyond).tag();
        int n = Math.abs(end - h.index());
        boolean rule = end == ruleEnd(parse, cue, step);
        String p = PREFIX + side;
        List<String> f = new ArrayList<>();
        f.add(p + "=" + words);
        f.add(p + "c=" + cue.lemma() + "|" + words);
        f.add(p + "t=" + tags);
        f.add(p + "k=" + cue.kind() + "|" + tags);
        f.add(p + "h=" + h.tag() + "|" + tags);
        f.add(p + "n=" + n);
        f.add(p + "rule=" + rule);
        f.add(p + "rule=" + rule + "|" + tags);
        f.add(p + "rule=" + rule + "|" + cue.lemma());
        f.add(p + "b=" + next + "|" + (n == 0 ? "" : lower(e)));
        f.add(p + "bt=" + nextTag + "|" + e.tag() + "|" + n);
        if (n > 0) {
            f.add(p + "fc=" + cue.lemma() + "|" + firstWord);
            f.add(p + "fl=" + firstWord + "|" + lower(e) + "|" + Math.min(n, 3));
            f.add(p + "r=" + e.relation() + (e.head() == h.index() ? "^" : ""));
            f.add(p + "hw=" + (e.head() < 0 ? "<root>" : parse.token(e.head()).lemma()) + "|" + lower(e));
        }
        if (punct) {
            f.add(p + "punct");
        }
        f.add(p + "cn=" + cue.lemma() + "|" + Math.min(n, 4)); // how far this cue's word tends to reach
        if (!outside) { // "said | that" ends a cue, "said | Tuesday" less often: the word beyond, by where it hangs
            Token b = parse.token(beyond);
            boolean fromSpan = b.head() >= 0 && (b.head() - h.index()) * step >= 0 && (end - b.head()) * step >= 0;
            f.add(p + "nx=" + b.relation() + "|" + (b.head() == h.index() ? "H" : fromSpan ? "S" : "O"));
        }
        return f;
    }

    /** The cue's span: on either side of its head, the candidate end the step scores highest. */
    static CharSpan decode(Parse parse, Cue cue, ToDoubleFunction<List<String>> logOdds) {
        int first = best(parse, cue, logOdds, -1);
        int last = best(parse, cue, logOdds, 1);
        return new CharSpan(parse.token(first).begin(), parse.token(last).end());
    }

    private static int best(Parse parse, Cue cue, ToDoubleFunction<List<String>> logOdds, int step) {
        int best = cue.head();
        double top = Double.NEGATIVE_INFINITY;
        for (int end : ends(parse, cue, step)) {
            if (step < 0 && isControllingObject(parse, cue, end)) {
                break;
            }
            double z = logOdds.applyAsDouble(features(parse, cue, step, end));
            if (z > top) {
                top = z;
                best = end;
            }
        }
        return best;
    }

    /**
     * Whether word {@code k}, left of the cue's head, names the one a verb above the cue moves to speak or
     * act ("forced Stumpf to admit", "led Republicans to say", "gave us plenty to think about"): a name or
     * pronoun, object of the verb the cue's head hangs on. The cue stops short of it, as the annotators
     * draw it (PolNeAR train: "forced X to V" and the like 8 times of 8 without X); not a reflexive ("could
     * not bring himself to utter" is one cue). Decided here, not learned: the extent step trained on too few
     * such objects to keep out of them. Each train half scored by a model trained on the other: on half B
     * three cues more exact and one fewer, on half A one fewer.
     */
    private static boolean isControllingObject(Parse parse, Cue cue, int k) {
        Token h = parse.token(cue.head());
        Token t = parse.token(k);
        String word = t.word().toLowerCase(Locale.ROOT);
        return k != cue.head() && h.head() >= 0 && t.head() == h.head()
                && (t.relation().equals("obj") || t.relation().equals("iobj"))
                && (t.tag().startsWith("NNP") || t.tag().equals("PRP") || !t.ner().equals("O"))
                && !word.endsWith("self") && !word.endsWith("selves");
    }

    /**
     * Where the gold cue {@code gold} (char offsets) ends on one side of the head: the farthest word of an
     * unbroken run from the head that it covers, or -1 when the run leaves the window.
     */
    static int goldEnd(Parse parse, Cue cue, int step, int[] gold) {
        List<Integer> ends = ends(parse, cue, step);
        int last = cue.head();
        for (int k : ends) {
            if (covers(gold, parse.token(k))) {
                last = k;
            } else {
                return last;
            }
        }
        int beyond = ends.get(ends.size() - 1) + step; // the list holds the head at least
        if (beyond >= 0 && beyond < parse.tokens().size()) {
            Token t = parse.token(beyond);
            if (t.sentence() == parse.token(cue.head()).sentence() && covers(gold, t)) {
                return -1;
            }
        }
        return last;
    }

    /** Whether a gold span ({begin, end} chars) covers any of a word. */
    static boolean covers(int[] gold, Token t) {
        return t.begin() < gold[1] && gold[0] < t.end();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
