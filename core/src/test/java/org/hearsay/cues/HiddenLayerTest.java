package org.hearsay.cues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The clause step's hidden layer: it learns what a weighted sum cannot, deterministically, and round-trips. */
class HiddenLayerTest {

    private static float[] vector(double first, double second) {
        float[] v = new float[ContextEncoder.DIMENSIONS];
        v[0] = (float) first;
        v[1] = (float) second;
        v[2] = 1; // every vector has length; a constant dimension as in the encoder's
        return v;
    }

    /** The log-odds of the linear step the layer adds to: every example starts at "most likely not". */
    private static final double OFFSET = -2;

    /** Either of two dimensions high, but not both: no weighted sum of the dimensions tells these apart. */
    private static HiddenLayer exclusiveOr(long seed) {
        int n = 400;
        float[][] vectors = new float[n][];
        boolean[] labels = new boolean[n];
        double[] offsets = new double[n];
        for (int i = 0; i < n; i++) {
            boolean a = i % 2 == 0;
            boolean b = i % 4 < 2;
            vectors[i] = vector(a ? 1 : 0, b ? 1 : 0);
            labels[i] = a != b;
            offsets[i] = OFFSET;
        }
        vectors[n - 1] = null; // an example without a vector is skipped
        return HiddenLayer.train(offsets, vectors, labels, 16, 60, 0.01, 1e-5, seed);
    }

    private static double probability(HiddenLayer layer, double first, double second) {
        return 1 / (1 + Math.exp(-OFFSET - layer.logOdds(vector(first, second))));
    }

    @Test
    void learnsAnExclusiveOr() {
        HiddenLayer layer = exclusiveOr(11);
        assertThat(probability(layer, 1, 0)).isGreaterThan(0.8);
        assertThat(probability(layer, 0, 1)).isGreaterThan(0.8);
        assertThat(probability(layer, 1, 1)).isLessThan(0.2);
        assertThat(probability(layer, 0, 0)).isLessThan(0.2);
    }

    @Test
    void theSameSeedGivesTheSameLayerAndItsWeightsRebuildIt() {
        HiddenLayer a = exclusiveOr(11);
        HiddenLayer b = exclusiveOr(11);
        assertThat(a.weights()).isEqualTo(b.weights()).hasSize(16 * ContextEncoder.DIMENSIONS + 32);
        HiddenLayer rebuilt = HiddenLayer.of(a.weights());
        assertThat(rebuilt.logOdds(vector(1, 0))).isEqualTo(a.logOdds(vector(1, 0)));
        assertThat(HiddenLayer.of(java.util.Map.of("c|vec=3", 0.5))).isNull();
    }

    @Test
    void anAverageOfLayersGivesTheMeanOfTheirOutputs() {
        HiddenLayer a = exclusiveOr(11);
        HiddenLayer b = exclusiveOr(12);
        HiddenLayer mean = HiddenLayer.average(java.util.List.of(a, b));
        assertThat(mean.weights()).hasSize(32 * ContextEncoder.DIMENSIONS + 64);
        assertThat(mean.logOdds(vector(0, 1))).isCloseTo((a.logOdds(vector(0, 1)) + b.logOdds(vector(0, 1))) / 2, within(1e-9));
    }

    @Test
    void aModelWithTheLayerAddsItToTheClauseStepAndRoundTrips() throws java.io.IOException {
        HiddenLayer layer = exclusiveOr(11);
        CueModel plain = new CueModel(java.util.Map.of(), 0, 0.5, 0, 0.3, Double.NaN);
        CueModel with = plain.withHiddenLayer(layer);
        java.util.List<String> none = java.util.List.of();
        assertThat(with.clauseLogOdds(none, vector(1, 0))).isEqualTo(layer.logOdds(vector(1, 0)));
        assertThat(with.clauseLogOdds(none, null)).isZero(); // no vector, nothing added
        java.io.StringWriter file = new java.io.StringWriter();
        with.write(file, java.util.List.of("test"));
        CueModel read = CueModel.read(new java.io.ByteArrayInputStream(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(read.clauseLogOdds(none, vector(1, 0))).isCloseTo(layer.logOdds(vector(1, 0)), within(0.01));
    }

    @Test
    void aWeightPastTheVectorIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HiddenLayer.of(java.util.Map.of("c|hido=0", 1.0, "c|hid=0,384", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c|hid=0,384");
    }

    @Test
    void aUnitWithoutAnOutputWeightIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HiddenLayer.of(java.util.Map.of("c|hido=0", 1.0, "c|hidb=3", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden unit 3").hasMessageContaining("only 1 units");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HiddenLayer.of(java.util.Map.of("c|hid=0,2", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no unit's output weight");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HiddenLayer.of(java.util.Map.of("c|hido=x", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c|hido=x");
    }
}
