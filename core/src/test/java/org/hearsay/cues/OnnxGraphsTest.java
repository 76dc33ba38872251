package org.hearsay.cues;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Giving an encoder's inner layer as an output, on the MiniLM model hearsay ships with. */
class OnnxGraphsTest {

    private static byte[] miniLm() throws Exception {
        try (InputStream in = OnnxGraphsTest.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theRewrittenModelGivesTheInnerLayerAfterItsOwnOutput() throws Exception {
        byte[] model = miniLm();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession whole = env.createSession(model, new OrtSession.SessionOptions());
             OrtSession both = env.createSession(OnnxGraphs.withOutput(model, ContextEncoder.THIRD_LAYER),
                     new OrtSession.SessionOptions())) {
            assertThat(whole.getOutputNames()).containsExactly(ContextEncoder.LAST_LAYER);
            assertThat(both.getOutputNames()).containsExactly(ContextEncoder.LAST_LAYER, ContextEncoder.THIRD_LAYER);
            assertThat(both.getInputNames()).isEqualTo(whole.getInputNames());
        }
    }

    @Test
    void bytesThatAreNoModelSayWhere() {
        assertThatThrownBy(() -> OnnxGraphs.withOutput(new byte[]{8, 7}, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no graph");
        assertThatThrownBy(() -> OnnxGraphs.withOutput(new byte[]{58, 100, 1, 2}, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> OnnxGraphs.withOutput(new byte[]{(byte) 0x8f}, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short at byte 1");
    }
}
