package org.hearsay.cues;

import org.hearsay.parse.Parse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MiniLM encoder on sentences written for it: one unit vector per token, by meaning in context. */
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
            assertThat(v).hasSize(ContextEncoder.DIMENSIONS);
            assertThat(cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(encode(p)).isDeepEqualTo(a);
    }

    @Test
    void aVerbOfSpeechIsNearerAnotherThanAVerbOfWeather() {
        float[] chided = encode(CueModelTest.parsed("Okafor/NNP/PERSON/1/nsubj chided/VBD/O/-1/root the/DT/O/3/det council/NN/O/1/obj"))[1];
        float[] scolded = encode(CueModelTest.parsed("Vogt/NNP/PERSON/1/nsubj scolded/VBD/O/-1/root the/DT/O/3/det board/NN/O/1/obj"))[1];
        float[] flooded = encode(CueModelTest.parsed("The/DT/O/1/det river/NN/O/2/nsubj flooded/VBD/O/-1/root the/DT/O/4/det valley/NN/O/2/obj"))[2];
        assertThat(cosine(chided, scolded)).isGreaterThan(cosine(chided, flooded));
    }
}
