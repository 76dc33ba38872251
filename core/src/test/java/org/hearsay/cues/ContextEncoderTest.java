package org.hearsay.cues;

import org.hearsay.parse.Parse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The MiniLM encoder on sentences written for it: two unit vectors per token (two layers), by meaning in context. */
class ContextEncoderTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot; // both have length one
    }

    private static float[][] encode(Parse parse) {
        return ContextEncoder.shared().encode(parse, parse.sentences().get(0));
    }

    @Test
    void everyTokenGetsAUnitVectorAndTheSameSentenceTheSameVectors() {
        Parse p = CueModelTest.parsed("Okafor/NNP/PERSON/1/nsubj chided/VBD/O/-1/root the/DT/O/3/det council/NN/O/1/obj ./././1/punct");
        float[][] a = encode(p);
        assertThat(a).hasNumberOfRows(5);
        for (float[] v : a) {
            assertThat(v).hasSize(2 * ContextEncoder.DIMENSIONS);
            for (float[] layer : new float[][]{ContextEncoder.last(v), ContextEncoder.third(v)}) {
                assertThat(layer).hasSize(ContextEncoder.DIMENSIONS);
                assertThat(cosine(layer, layer)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            }
            assertThat(ContextEncoder.last(v)).isNotEqualTo(ContextEncoder.third(v));
        }
        assertThat(encode(p)).isDeepEqualTo(a);
    }

    @Test
    void aVerbOfSpeechIsNearerAnotherThanAVerbOfWeather() {
        float[] chided = encode(CueModelTest.parsed("Okafor/NNP/PERSON/1/nsubj chided/VBD/O/-1/root the/DT/O/3/det council/NN/O/1/obj"))[1];
        float[] scolded = encode(CueModelTest.parsed("Vogt/NNP/PERSON/1/nsubj scolded/VBD/O/-1/root the/DT/O/3/det board/NN/O/1/obj"))[1];
        float[] flooded = encode(CueModelTest.parsed("The/DT/O/1/det river/NN/O/2/nsubj flooded/VBD/O/-1/root the/DT/O/4/det valley/NN/O/2/obj"))[2];
        for (java.util.function.UnaryOperator<float[]> layer : List.<java.util.function.UnaryOperator<float[]>>of(ContextEncoder::last, ContextEncoder::third)) {
            assertThat(cosine(layer.apply(chided), layer.apply(scolded))).isGreaterThan(cosine(layer.apply(chided), layer.apply(flooded)));
        }
    }
}
