package org.hearsay.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: each text split into {@code \w+} tokens, 4-token
 * shingles counted; per page tp, fp and fn from the shared and unshared shingles; precision is the
 * mean of tp/(tp+fp) over pages that predicted something, recall the mean of tp/(tp+fn) over pages
 * with a truth, F1 the harmonic mean of the two means.
 */
public final class ExtractionScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** One page's figures: the shingles found, the extra ones, the missed ones. */
    public record PageScore(long tp, long fp, long fn) {
        public double f1() {
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores one page and adds it to the means. */
    public PageScore add(String truth, String predicted) {
        PageScore s = score(truth, predicted);
        if (s.tp + s.fp > 0) {
            precisionSum += s.tp / (double) (s.tp + s.fp);
            precisionPages++;
        }
        if (s.tp + s.fn > 0) {
            recallSum += s.tp / (double) (s.tp + s.fn);
            recallPages++;
        }
        return s;
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static PageScore score(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, fp, fn);
    }

    /** Shingles of four tokens; a text shorter than that is one shingle of all its tokens, none when empty. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = WORD.matcher(text).results().map(m -> m.group()).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }
}
