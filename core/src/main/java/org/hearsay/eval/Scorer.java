package org.hearsay.eval;

import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted attributions against gold ones for one document, by the definitions in
 * {@link Scores}. One-to-one matching is greedy, best-overlapping pairs first. Stateless.
 */
public final class Scorer {

    public Scores score(List<AnnotatedAttribution> gold, List<AnnotatedAttribution> predicted) {
        Map<Role, Counts> exact = new EnumMap<>(Role.class);
        Map<Role, Counts> overlap = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            exact.put(r, exact(spansOf(gold, r), spansOf(predicted, r)));
            overlap.put(r, charOverlap(spansOf(gold, r), spansOf(predicted, r)));
        }
        double any = match(gold, predicted, false);
        double full = match(gold, predicted, true);
        return new Scores(exact, overlap, new Counts(any, predicted.size(), gold.size()),
                new Counts(full, predicted.size(), gold.size()), 1);
    }

    private static List<List<Span>> spansOf(List<AnnotatedAttribution> atts, Role role) {
        List<List<Span>> out = new ArrayList<>();
        for (AnnotatedAttribution a : atts) {
            List<Span> s = switch (role) {
                case CUE -> a.cue();
                case SOURCE -> a.sources();
                case CONTENT -> a.contents();
            };
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Counts exact(List<List<Span>> gold, List<List<Span>> predicted) {
        Set<List<List<Integer>>> g = new HashSet<>();
        gold.forEach(s -> g.add(trimmed(s)));
        Set<List<List<Integer>>> p = new HashSet<>();
        predicted.forEach(s -> p.add(trimmed(s)));
        g.remove(List.of());
        p.remove(List.of());
        int tp = 0;
        for (List<List<Integer>> x : p) {
            if (g.contains(x)) {
                tp++;
            }
        }
        return new Counts(tp, p.size(), g.size());
    }

    /** The fragments with whitespace, quote marks and punctuation trimmed from both ends, empty ones dropped. */
    static List<List<Integer>> trimmed(List<Span> spans) {
        List<List<Integer>> out = new ArrayList<>();
        for (Span s : spans) {
            int[] cps = s.text().codePoints().toArray();
            int b = 0;
            int e = cps.length;
            while (b < e && isTrimmable(cps[b])) {
                b++;
            }
            while (e > b && isTrimmable(cps[e - 1])) {
                e--;
            }
            if (e > b) {
                out.add(List.of(s.start() + b, s.start() + e));
            }
        }
        out.sort((x, y) -> x.get(0).equals(y.get(0)) ? Integer.compare(x.get(1), y.get(1)) : Integer.compare(x.get(0), y.get(0)));
        return out;
    }

    private static boolean isTrimmable(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static Counts charOverlap(List<List<Span>> gold, List<List<Span>> predicted) {
        BitSet g = chars(gold);
        BitSet p = chars(predicted);
        BitSet both = (BitSet) g.clone();
        both.and(p);
        return new Counts(both.cardinality(), p.cardinality(), g.cardinality());
    }

    private static BitSet chars(List<List<Span>> spans) {
        BitSet out = new BitSet();
        for (List<Span> s : spans) {
            for (Span f : s) {
                out.set(f.start(), f.end());
            }
        }
        return out;
    }

    private static int match(List<AnnotatedAttribution> gold, List<AnnotatedAttribution> predicted, boolean full) {
        record Pair(int g, int p, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                double s = matchScore(gold.get(i), predicted.get(j), full);
                if (s > 0) {
                    pairs.add(new Pair(i, j, s));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score, a.score));
        boolean[] usedG = new boolean[gold.size()];
        boolean[] usedP = new boolean[predicted.size()];
        int matched = 0;
        for (Pair pr : pairs) {
            if (!usedG[pr.g] && !usedP[pr.p]) {
                usedG[pr.g] = true;
                usedP[pr.p] = true;
                matched++;
            }
        }
        return matched;
    }

    /** 0 when the two do not match; otherwise how well, so better pairs are matched first. */
    static double matchScore(AnnotatedAttribution g, AnnotatedAttribution p, boolean full) {
        int cue = overlap(g.cue(), p.cue());
        int content = overlap(g.contents(), p.contents());
        int shorter = Math.min(length(g.contents()), length(p.contents()));
        boolean contentMatch = shorter > 0 && content * 2 >= shorter;
        if (cue == 0 && !contentMatch) {
            return 0;
        }
        if (full) {
            boolean bothEmpty = g.sources().isEmpty() && p.sources().isEmpty();
            if (!bothEmpty && overlap(g.sources(), p.sources()) == 0) {
                return 0;
            }
        }
        return (cue > 0 ? 1 : 0) + (shorter == 0 ? 0 : (double) content / Math.max(length(g.contents()), length(p.contents())));
    }

    private static int overlap(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }
}
