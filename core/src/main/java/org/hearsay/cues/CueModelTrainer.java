package org.hearsay.cues;

import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link CueModel}: logistic regression by stochastic gradient descent with L2, on every
 * candidate token (verb, noun, adjective) of tagged sentences, labelled by whether a gold cue covers
 * it. Deterministic: the same sentences in the same order and the same seed give the same weights.
 */
public final class CueModelTrainer {

    /** One training example: a token of a tagged sentence and whether it is a cue. */
    public record Example(List<Token> sentence, int index, boolean cue) {
    }

    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;
    private final int runs;

    public CueModelTrainer(int epochs, double rate, double l2, long seed) {
        this(epochs, rate, l2, seed, 1);
    }

    /**
     * @param runs how many fits, each with its own order of examples (seeds {@code seed}, {@code seed + 1},
     *             …), whose weights are averaged: one fit's weights move with the order it saw the
     *             examples in, enough to shift decisions near the threshold when a few examples change
     */
    public CueModelTrainer(int epochs, double rate, double l2, long seed, int runs) {
        if (epochs < 1 || rate <= 0 || l2 < 0 || runs < 1) {
            throw new IllegalArgumentException("epochs " + epochs + ", rate " + rate + ", l2 " + l2 + ", runs " + runs
                    + ": need epochs >= 1, rate > 0, l2 >= 0, runs >= 1");
        }
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
        this.runs = runs;
    }

    public CueModel train(List<Example> examples, double threshold) {
        Fit fit = fit(examples, e -> CueModel.features(e.sentence(), e.index()), e -> null, Example::cue);
        return new CueModel(fit.weights(), fit.bias(), threshold);
    }

    /**
     * One verb of a parsed sentence and whether a gold cue covers it: an example for the clause step.
     *
     * @param vector the verb's {@link ContextEncoder} vector, or null to train a clause step that reads none
     */
    public record ClauseExample(org.hearsay.parse.Parse parse, int verb, boolean cue, float[] vector) {
        public ClauseExample(org.hearsay.parse.Parse parse, int verb, boolean cue) {
            this(parse, verb, cue, null);
        }
    }

    /**
     * {@code model} with a clause step trained on these verbs (same seed, epochs and rate).
     *
     * @param veto the clause probability below which even a lexicon verb is no cue
     */
    public CueModel trainClauseStep(CueModel model, List<ClauseExample> examples, double veto) {
        Fit fit = fit(examples, e -> ClauseFeatures.of(e.parse(), e.verb()), ClauseExample::vector, ClauseExample::cue);
        return model.withClauseStep(fit.weights(), fit.bias(), veto);
    }

    /**
     * {@code model} with a {@link HiddenLayer} of {@code units} units added to its clause step, fitted to what
     * the linear clause step leaves unexplained on these verbs: six passes, Adam at rate 0.001, one fit per
     * run (seeds {@code seed}, {@code seed + 1}, …) with their outputs averaged.
     */
    public CueModel trainHiddenLayer(CueModel model, List<ClauseExample> examples, int units) {
        return trainHiddenLayer(model, examples, units, runs);
    }

    /** As {@link #trainHiddenLayer(CueModel, List, int)}, with this many fits averaged. */
    public CueModel trainHiddenLayer(CueModel model, List<ClauseExample> examples, int units, int fits) {
        double[] offsets = new double[examples.size()];
        float[][] vectors = new float[examples.size()][];
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < offsets.length; i++) {
            ClauseExample e = examples.get(i);
            offsets[i] = model.clauseLogOdds(ClauseFeatures.of(e.parse(), e.verb()), e.vector());
            vectors[i] = e.vector();
            labels[i] = e.cue();
        }
        List<HiddenLayer> layers = new ArrayList<>();
        for (int run = 0; run < fits; run++) {
            layers.add(HiddenLayer.train(offsets, vectors, labels, units, 6, 0.001, 1e-5, seed + run));
        }
        return model.withHiddenLayer(HiddenLayer.average(layers));
    }

    /**
     * A place a detected cue could end on one side of its head ({@code step} -1 or 1) and whether the gold
     * cue holding that head ends there: an example for the extent step.
     */
    public record ExtentExample(org.hearsay.parse.Parse parse, Cue cue, int step, int end, boolean gold) {
    }

    /**
     * {@code model} with an extent step trained on these words (same seed, epochs, rate and runs) to rank:
     * on each side of each cue, the places it could end compete for one probability (a softmax), as the
     * step decides between them. Judging each place alone instead (a logistic regression per place, as
     * until 2026-12-02) found 84.5% of the extents on half B of PolNeAR train, training on half A; ranking 85.0%.
     */
    public CueModel trainExtentStep(CueModel model, List<ExtentExample> examples) {
        List<Choice> choices = new ArrayList<>();
        List<List<String>> places = null;
        int gold = -1;
        ExtentExample last = null;
        for (ExtentExample e : examples) {
            if (last == null || last.parse() != e.parse() || last.cue().head() != e.cue().head() || last.step() != e.step()) {
                if (places != null) {
                    choices.add(new Choice(places, gold));
                }
                places = new ArrayList<>();
                gold = -1;
            }
            if (e.gold()) {
                gold = places.size();
            }
            places.add(CueExtent.features(e.parse(), e.cue(), e.step(), e.end()));
            last = e;
        }
        if (places != null) {
            choices.add(new Choice(places, gold));
        }
        return model.withExtentStep(averaged(random -> new Fit(rank(choices, random), 0)).weights(), 0);
    }

    /** The places one side of a cue could end (their features), and which of them the gold cue ends at (-1: none). */
    private record Choice(List<List<String>> places, int gold) {
    }

    /** Weights that give each choice's gold place the most probability against the others (softmax, SGD with L2). */
    private Map<String, Double> rank(List<Choice> choices, Random random) {
        Map<String, Double> w = new HashMap<>();
        int[] order = identity(choices.size());
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double step = rate / (1 + epoch);
            for (int k : order) {
                Choice c = choices.get(k);
                if (c.gold() < 0) {
                    continue;
                }
                double[] p = new double[c.places().size()];
                double top = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < p.length; i++) {
                    for (String f : c.places().get(i)) {
                        p[i] += w.getOrDefault(f, 0.0);
                    }
                    top = Math.max(top, p[i]);
                }
                double total = 0;
                for (int i = 0; i < p.length; i++) {
                    p[i] = Math.exp(p[i] - top);
                    total += p[i];
                }
                for (int i = 0; i < p.length; i++) {
                    double gradient = (i == c.gold() ? 1 : 0) - p[i] / total;
                    for (String f : c.places().get(i)) {
                        double old = w.getOrDefault(f, 0.0);
                        w.put(f, old + step * (gradient - l2 * old));
                    }
                }
            }
        }
        return w;
    }

    /** 0, 1, …, n - 1: the order of n examples before shuffling. */
    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The extent step's examples in one parse: every place each cue the detector finds could end, on either
     * side of its head, when a gold cue holds the head and ends within the window; labelled by whether the
     * gold cue ends there.
     *
     * @param goldCues the gold cues' char spans, {begin, end}
     */
    public static List<ExtentExample> extentExamples(org.hearsay.parse.Parse parse, List<Cue> detected, List<int[]> goldCues) {
        List<ExtentExample> out = new ArrayList<>();
        for (Cue cue : detected) {
            if (cue.head() < 0 || !CueExtent.KINDS.contains(cue.kind())) {
                continue;
            }
            Token h = parse.token(cue.head());
            int[] gold = null;
            for (int[] g : goldCues) {
                if (CueExtent.covers(g, h)) {
                    gold = g;
                    break;
                }
            }
            if (gold == null) {
                continue;
            }
            for (int step = -1; step <= 1; step += 2) {
                int goldEnd = CueExtent.goldEnd(parse, cue, step, gold);
                if (goldEnd < 0) {
                    continue;
                }
                for (int end : CueExtent.ends(parse, cue, step)) {
                    out.add(new ExtentExample(parse, cue, step, end, end == goldEnd));
                }
            }
        }
        return out;
    }

    /** Shuffles in place (Fisher–Yates): the same random source gives the same order. */
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
    }

    private record Fit(Map<String, Double> weights, double bias) {
    }

    /** Fits weights to the examples' features and labels, in the examples' order before shuffling. */
    private <E> Fit fit(List<E> examples, java.util.function.Function<E, List<String>> featuresOf,
                        java.util.function.Function<E, float[]> vectorOf, java.util.function.Predicate<E> isCue) {
        List<List<String>> features = new ArrayList<>(examples.size());
        float[][] vectors = new float[examples.size()][];
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            features.add(featuresOf.apply(examples.get(i)));
            vectors[i] = vectorOf.apply(examples.get(i));
            if (vectors[i] != null && vectors[i].length != ContextEncoder.DIMENSIONS) {
                throw new IllegalArgumentException("example " + i + " has a vector of " + vectors[i].length + " numbers, not one "
                        + "layer's " + ContextEncoder.DIMENSIONS + " (ContextEncoder.last or .third of what it encodes)");
            }
            labels[i] = isCue.test(examples.get(i));
        }
        return fit(features, vectors, labels);
    }

    private Fit fit(List<List<String>> features, float[][] vectors, boolean[] labels) {
        return averaged(random -> fit(features, vectors, labels, random));
    }

    /** The average of {@code runs} fits, each over its own order of the examples (seeds {@code seed}, {@code seed + 1}, …). */
    private Fit averaged(java.util.function.Function<Random, Fit> fitOnce) {
        Map<String, Double> sum = new HashMap<>();
        double biasSum = 0;
        for (int run = 0; run < runs; run++) {
            Fit one = fitOnce.apply(new Random(seed + run));
            one.weights().forEach((f, v) -> sum.merge(f, v, Double::sum));
            biasSum += one.bias();
        }
        sum.replaceAll((f, v) -> v / runs);
        sum.values().removeIf(v -> Math.abs(v) < 0.02); // a smaller file loads faster; weights this small change no decision
        return new Fit(sum, biasSum / runs);
    }

    private Fit fit(List<List<String>> features, float[][] vectors, boolean[] labels, Random random) {
        Map<String, Double> w = new HashMap<>();
        double[] dense = new double[ContextEncoder.DIMENSIONS];
        double bias = 0;
        int[] order = identity(labels.length);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double step = rate / (1 + epoch);
            for (int k : order) {
                double z = bias;
                for (String f : features.get(k)) {
                    z += w.getOrDefault(f, 0.0);
                }
                float[] x = vectors[k];
                if (x != null) {
                    for (int d = 0; d < x.length; d++) {
                        z += dense[d] * x[d];
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (labels[k] ? 1 : 0) - p;
                bias += step * g;
                for (String f : features.get(k)) {
                    double old = w.getOrDefault(f, 0.0);
                    w.put(f, old + step * (g - l2 * old));
                }
                if (x != null) {
                    for (int d = 0; d < x.length; d++) {
                        dense[d] += step * (g * x[d] - l2 * dense[d]);
                    }
                }
            }
        }
        if (java.util.Arrays.stream(vectors).anyMatch(java.util.Objects::nonNull)) {
            for (int d = 0; d < dense.length; d++) {
                w.put(CueModel.VECTOR + d, dense[d]);
            }
        }
        return new Fit(w, bias);
    }
}
