package org.hearsay.cues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The clause step's reading of a verb's {@link ContextEncoder} vector beyond a weighted sum: one layer of
 * rectified units whose weighted outputs add to the step's log-odds. A linear sum of the vector's
 * dimensions cannot say "this dimension matters only when that one is high" — a verb of saying used
 * of a report rather than of a person, a verb of seeing used of a poll; the layer can. It learns the
 * residual of the linear step, which stays as it was trained ({@link #train}).
 * <p>
 * In the model file its weights are {@code c|hid=J,D} (unit J, dimension D), {@code c|hidb=J} (unit J's
 * bias) and {@code c|hido=J} (unit J's weight in the log-odds). Immutable once built.
 */
final class HiddenLayer {

    static final String WEIGHT = "c|hid=";
    static final String BIAS = "c|hidb=";
    static final String OUT = "c|hido=";

    private final double[][] weights;
    private final double[] bias;
    private final double[] out;
    /**
     * The weights for analysis, dimension by dimension ({@code [d * units + j]}), in single precision: the
     * loop over units that reads them needs no running sum, so the JIT runs it on vector instructions.
     * Filled once the layer is trained; training reads {@link #weights}.
     */
    private float[] byDimension;

    private HiddenLayer(double[][] weights, double[] bias, double[] out) {
        this.weights = weights;
        this.bias = bias;
        this.out = out;
    }

    /** This layer, ready for analysis: its weights laid out by dimension. */
    private HiddenLayer frozen() {
        int units = out.length;
        float[] t = new float[ContextEncoder.DIMENSIONS * units];
        for (int j = 0; j < units; j++) {
            for (int d = 0; d < ContextEncoder.DIMENSIONS; d++) {
                t[d * units + j] = (float) weights[j][d];
            }
        }
        byDimension = t;
        return this;
    }

    /** The layer whose weights are among the model file's, or null when it has none. */
    static HiddenLayer of(Map<String, Double> modelWeights) {
        Parts parts = new Parts();
        modelWeights.forEach(parts::accept);
        return parts.build();
    }

    /** Whether a model file's key names one of the layer's weights. */
    static boolean owns(String key) {
        return key.startsWith("c|hid");
    }

    /**
     * The layer's weights as a model file gives them, one key at a time, in any order: the file holds a
     * quarter of a million of them, so they go straight into arrays rather than through a map.
     */
    static final class Parts {
        private final ArrayList<double[]> rows = new ArrayList<>();
        private double[] bias = new double[0];
        private double[] out = new double[0];
        private int units;
        private int biased;

        /** Takes one weight; throws when the key is none of the layer's or its numbers are out of range. */
        void accept(String key, double value) {
            if (key.startsWith(WEIGHT)) {
                int comma = key.indexOf(',', WEIGHT.length());
                int unit = index(key, WEIGHT.length(), comma < 0 ? key.length() : comma);
                int d = comma < 0 ? -1 : index(key, comma + 1, key.length());
                if (d < 0 || d >= ContextEncoder.DIMENSIONS) {
                    throw new IllegalArgumentException("cue model weight " + key + " is past the vector's "
                            + ContextEncoder.DIMENSIONS + " dimensions");
                }
                while (rows.size() <= unit) {
                    rows.add(null);
                }
                if (rows.get(unit) == null) {
                    rows.set(unit, new double[ContextEncoder.DIMENSIONS]);
                }
                rows.get(unit)[d] = value;
            } else if (key.startsWith(BIAS)) {
                int unit = index(key, BIAS.length(), key.length());
                bias = grow(bias, unit);
                bias[unit] = value;
                biased = Math.max(biased, unit + 1);
            } else if (key.startsWith(OUT)) {
                int unit = index(key, OUT.length(), key.length());
                out = grow(out, unit);
                out[unit] = value;
                units = Math.max(units, unit + 1);
            } else if (!owns(key)) {
                return;
            } else {
                throw new IllegalArgumentException("cue model weight " + key + " is none of the hidden layer's ("
                        + WEIGHT + "J,D, " + BIAS + "J, " + OUT + "J)");
            }
        }

        /** The layer, or null when no key named one of its units' output weights. */
        HiddenLayer build() {
            if (units == 0) {
                if (!rows.isEmpty() || biased > 0) {
                    throw new IllegalArgumentException("cue model has hidden-layer weights but no unit's output weight ("
                            + OUT + "J)");
                }
                return null;
            }
            if (rows.size() > units || biased > units) {
                throw new IllegalArgumentException("cue model has weights for hidden unit "
                        + (Math.max(rows.size(), biased) - 1) + " but output weights for only " + units + " units");
            }
            double[][] w = new double[units][];
            for (int j = 0; j < units; j++) {
                w[j] = j < rows.size() && rows.get(j) != null ? rows.get(j) : new double[ContextEncoder.DIMENSIONS];
            }
            return new HiddenLayer(w, Arrays.copyOf(bias, units), Arrays.copyOf(out, units)).frozen();
        }

        private static double[] grow(double[] a, int index) {
            return index < a.length ? a : Arrays.copyOf(a, Math.max(index + 1, 2 * a.length));
        }

        private static int index(String key, int from, int to) {
            if (from >= to || to - from > 6) {
                throw new IllegalArgumentException("cue model weight " + key + " has no unit or dimension number");
            }
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = key.charAt(i);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("cue model weight " + key + " has no unit or dimension number");
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }
    }

    /** The layer's weights under their names in the model file; every one is kept, however small. */
    Map<String, Double> weights() {
        Map<String, Double> m = new HashMap<>();
        for (int j = 0; j < out.length; j++) {
            for (int d = 0; d < ContextEncoder.DIMENSIONS; d++) {
                m.put(WEIGHT + j + "," + d, weights[j][d]);
            }
            m.put(BIAS + j, bias[j]);
            m.put(OUT + j, out[j]);
        }
        return m;
    }

    /** How many weights the layer has: each unit's, its bias and its output weight. */
    int size() {
        return out.length * (ContextEncoder.DIMENSIONS + 2);
    }

    /** What the layer adds to the log-odds for this vector. */
    double logOdds(float[] vector) {
        int units = out.length;
        float[] a = new float[units];
        for (int j = 0; j < units; j++) {
            a[j] = (float) bias[j];
        }
        float[] t = byDimension;
        for (int d = 0; d < ContextEncoder.DIMENSIONS; d++) {
            float v = vector[d];
            int row = d * units;
            for (int j = 0; j < units; j++) {
                a[j] += v * t[row + j];
            }
        }
        double z = 0;
        for (int j = 0; j < units; j++) {
            if (a[j] > 0) {
                z += out[j] * a[j];
            }
        }
        return z;
    }

    private double activation(int unit, float[] vector) {
        double a = bias[unit];
        double[] w = weights[unit];
        for (int d = 0; d < w.length; d++) {
            a += w[d] * vector[d];
        }
        return a;
    }

    /**
     * The average of several layers' outputs, as one layer with all their units: fits from different
     * seeds agree on the whole but not unit by unit, so their outputs, not their weights, are averaged.
     */
    static HiddenLayer average(List<HiddenLayer> layers) {
        int units = layers.stream().mapToInt(l -> l.out.length).sum();
        double[][] w = new double[units][];
        double[] b = new double[units];
        double[] o = new double[units];
        int at = 0;
        for (HiddenLayer l : layers) {
            for (int j = 0; j < l.out.length; j++, at++) {
                w[at] = l.weights[j].clone();
                b[at] = l.bias[j];
                o[at] = l.out[j] / layers.size();
            }
        }
        return new HiddenLayer(w, b, o).frozen();
    }

    /**
     * Fits a layer to the residual of a fixed linear step: example {@code i} has log-odds {@code offsets[i]}
     * before the layer, vector {@code vectors[i]} (examples without one are skipped) and label
     * {@code labels[i]}. Adam over mini-batches of 64, L2 on every weight; the seed fixes the starting
     * weights and the order of examples, so the same examples give the same layer.
     */
    static HiddenLayer train(double[] offsets, float[][] vectors, boolean[] labels, int units, int epochs, double rate,
                             double l2, long seed) {
        int dims = ContextEncoder.DIMENSIONS;
        Random random = new Random(seed);
        double[][] w = new double[units][dims];
        double scale = Math.sqrt(2.0 / dims);
        for (double[] row : w) {
            for (int d = 0; d < dims; d++) {
                row[d] = random.nextGaussian() * scale;
            }
        }
        HiddenLayer layer = new HiddenLayer(w, new double[units], new double[units]);
        Adam adam = new Adam(units * dims + 2 * units, rate);
        int[] order = java.util.stream.IntStream.range(0, labels.length).filter(i -> vectors[i] != null).toArray();
        double[] grad = new double[units * dims + 2 * units];
        double[] act = new double[units];
        int batch = 64;
        for (int epoch = 0; epoch < epochs; epoch++) {
            CueModelTrainer.shuffle(order, random);
            for (int from = 0; from < order.length; from += batch) {
                int to = Math.min(order.length, from + batch);
                Arrays.fill(grad, 0);
                for (int k = from; k < to; k++) {
                    int e = order[k];
                    float[] v = vectors[e];
                    double z = offsets[e];
                    for (int j = 0; j < units; j++) {
                        act[j] = Math.max(0, layer.activation(j, v));
                        z += layer.out[j] * act[j];
                    }
                    double g = (1 / (1 + Math.exp(-z)) - (labels[e] ? 1 : 0)) / (to - from);
                    for (int j = 0; j < units; j++) {
                        if (act[j] <= 0) {
                            continue;
                        }
                        grad[units * dims + units + j] += g * act[j];
                        double gh = g * layer.out[j];
                        int row = j * dims;
                        for (int d = 0; d < dims; d++) {
                            grad[row + d] += gh * v[d];
                        }
                        grad[units * dims + j] += gh;
                    }
                }
                adam.step(grad, layer, l2);
            }
        }
        return layer.frozen();
    }

    /** Adam's running moments over the layer's weights, laid out as unit rows, then biases, then outputs. */
    private static final class Adam {
        private final double[] mean;
        private final double[] square;
        private final double rate;

        Adam(int size, double rate) {
            this.mean = new double[size];
            this.square = new double[size];
            this.rate = rate;
        }

        void step(double[] grad, HiddenLayer layer, double l2) {
            int units = layer.out.length;
            int dims = ContextEncoder.DIMENSIONS;
            for (int p = 0; p < grad.length; p++) {
                double[] owner;
                int at;
                if (p < units * dims) {
                    owner = layer.weights[p / dims];
                    at = p % dims;
                } else if (p < units * dims + units) {
                    owner = layer.bias;
                    at = p - units * dims;
                } else {
                    owner = layer.out;
                    at = p - units * dims - units;
                }
                double g = grad[p] + l2 * owner[at];
                mean[p] = 0.9 * mean[p] + 0.1 * g;
                square[p] = 0.999 * square[p] + 0.001 * g * g;
                owner[at] -= rate * mean[p] / (Math.sqrt(square[p]) + 1e-8);
            }
        }
    }
}
