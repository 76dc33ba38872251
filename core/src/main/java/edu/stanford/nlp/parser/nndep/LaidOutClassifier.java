package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser's scoring, the same arithmetic with its weights laid out for
 * the CPU. This class lives in CoreNLP's package only because {@link Classifier#computeScores} is
 * package-private; hearsay installs it with {@link #install(DependencyParser)} and calls nothing
 * else here.
 *
 * <p>Why: scoring is nine tenths of the parser's time (its hidden layer has 1,000 units, 83
 * transitions read them), and {@link Classifier} spends it in loops that add one product at a time
 * into a single sum (a hidden unit over an embedding, a transition's score over the hidden units), so
 * every addition waits for the one before. Here each loop keeps four independent sums in flight (four
 * units, four transitions), or runs across the units where the sums are element by element, so the
 * additions overlap. Each sum still adds the same terms in the same order and precision, so every
 * score is the same to the last bit. And where only SHIFT can apply (the stack holds ROOT and at most
 * one word, the buffer a word: one step in eight on news), no score is computed, since the parser
 * would take SHIFT whatever they were. Every parse is CoreNLP's; a test holds this.
 *
 * <p>Thread-safe: the weights are read-only and the cache of embedding products holds immutable
 * entries, replaced whole (CoreNLP's own cache takes a lock on every feature of every step).
 */
public final class LaidOutClassifier extends Classifier {

    /** Entries of the cache of embedding products (4 kB each); a power of two. CoreNLP keeps 5,000. */
    private static final int CACHE_SIZE = 1 << 12;
    /** Where the tags begin among the 48 features (18 words, 18 tags, 12 labels). */
    private static final int TAGS = 18;

    private final int hidden;
    private final int embedding;
    private final int labels;
    private final int tokens;
    private final float[][] embeddings;
    /** W1 as CoreNLP holds it: a row of (position × embedding) weights per hidden unit. */
    private final float[][] w1;
    private final double[] b1;
    /** W2 widened to double (exactly): a row of hidden-unit weights per transition. */
    private final double[][] w2;
    /** The products CoreNLP precomputed at load time, in double precision, found by feature key. */
    private final double[][] saved;
    private final int[] savedKeys;
    private final int[] savedIndex;
    private final Slice[] cache = new Slice[CACHE_SIZE];
    /**
     * The part-of-speech id of an empty stack or buffer place, and the largest stack (ROOT counted) on
     * which only SHIFT can apply while the buffer holds a word: 2 for an arc-standard system with a
     * single root, 1 without; 0 where the system is another, and every state is scored.
     */
    private final int emptyTag;
    private final int shiftOnlyStack;

    private record Slice(int key, float[] values) {
    }

    private LaidOutClassifier(Classifier original, Config config, int emptyTag, int shiftOnlyStack)
            throws ReflectiveOperationException {
        // the superclass gets placeholders: it would otherwise allocate gradient histories as large
        // as the embeddings, for training; nothing of it is used but the method overridden below
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
        this.emptyTag = emptyTag;
        this.shiftOnlyStack = shiftOnlyStack;
        this.hidden = config.hiddenSize;
        this.embedding = config.embeddingSize;
        this.tokens = Config.numTokens;
        this.embeddings = original.getE();
        this.w1 = original.getW1();
        float[] bias = original.getb1();
        this.b1 = new double[hidden];
        for (int h = 0; h < hidden; h++) {
            b1[h] = bias[h];
        }
        float[][] w2Rows = original.getW2();
        this.labels = w2Rows.length;
        this.w2 = new double[labels][hidden];
        for (int l = 0; l < labels; l++) {
            for (int h = 0; h < hidden; h++) {
                w2[l][h] = w2Rows[l][h];
            }
        }
        double[][] savedRows = (double[][]) read(Classifier.class, original, "saved");
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, original, "preMap");
        this.saved = savedRows == null ? new double[0][] : savedRows;
        int size = Integer.highestOneBit(Math.max(1, preMap.size()) * 4);
        this.savedKeys = new int[size];
        this.savedIndex = new int[size];
        java.util.Arrays.fill(savedKeys, -1);
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
            if (e.getValue() < saved.length) {
                int slot = slot(e.getKey(), size);
                while (savedKeys[slot] != -1) {
                    slot = (slot + 1) & (size - 1);
                }
                savedKeys[slot] = e.getKey();
                savedIndex[slot] = e.getValue();
            }
        }
    }

    /**
     * Puts a laid-out copy of the parser's classifier in its place. Idempotent; the parser's results do
     * not change, so a thread parsing meanwhile (CoreNLP shares one parser per model) gets the same
     * parse from either. A parser configured to add embedding products unrounded ({@code numCached}
     * 0) or with a hidden layer not in fours keeps its own classifier.
     *
     * @return the parser
     */
    public static DependencyParser install(DependencyParser parser) {
        try {
            Field field = DependencyParser.class.getDeclaredField("classifier");
            field.setAccessible(true);
            Classifier current = (Classifier) field.get(parser);
            if (current == null || current instanceof LaidOutClassifier) {
                return parser;
            }
            LaidOutClassifier laidOut = of(current, parser);
            if (laidOut != null) {
                field.set(parser, laidOut);
            }
            return parser;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's dependency parser is not the one hearsay was built for", e);
        }
    }

    /**
     * A laid-out copy of this parser's classifier, or null where its arithmetic is not the one copied
     * here, or where this class and CoreNLP's came through different class loaders (as a plugin system
     * or a cluster's job loader may arrange): the override of a package-private method then silently
     * overrides nothing, and CoreNLP would score with the placeholders.
     */
    static LaidOutClassifier of(Classifier original, DependencyParser parser) throws ReflectiveOperationException {
        Config config = (Config) read(Classifier.class, original, "config");
        boolean samePackage = LaidOutClassifier.class.getClassLoader() == Classifier.class.getClassLoader();
        if (!samePackage || config.numCached == 0 || config.hiddenSize % 4 != 0) {
            return null;
        }
        Object system = read(DependencyParser.class, parser, "system");
        int shiftOnlyStack = Config.numTokens == 48 && system instanceof ArcStandard
                ? ((Boolean) read(ArcStandard.class, system, "singleRoot") ? 2 : 1) : 0;
        return new LaidOutClassifier(original, config, parser.getPosID(Config.NULL), shiftOnlyStack);
    }

    private static Object read(Class<?> type, Object o, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private static int slot(int key, int size) {
        return (key * 0x9E3779B9 >>> 7) & (size - 1);
    }

    private int savedRow(int key) {
        int size = savedKeys.length;
        for (int slot = slot(key, size); ; slot = (slot + 1) & (size - 1)) {
            int k = savedKeys[slot];
            if (k == key) {
                return savedIndex[slot];
            }
            if (k == -1) {
                return -1;
            }
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        if (shiftOnly(feature)) {
            // the parser takes the best-scored transition it can apply, and here it can apply only one
            return new double[labels];
        }
        // the hidden sums, each adding its terms in position order: a product precomputed in double
        // precision, or one rounded to float, as CoreNLP caches it
        double[] cubes = new double[hidden];
        for (int position = 0; position < feature.length; position++) {
            int token = feature[position];
            int key = token * tokens + position;
            int row = savedRow(key);
            if (row >= 0) {
                double[] r = saved[row];
                for (int h = 0; h < hidden; h++) {
                    cubes[h] += r[h];
                }
            } else {
                float[] r = product(key, token, position);
                for (int h = 0; h < hidden; h++) {
                    cubes[h] += r[h];
                }
            }
        }
        for (int h = 0; h < hidden; h++) {
            cubes[h] = cube(cubes[h] + b1[h]);
        }
        // each transition's score, four at a time, over the hidden units in order
        double[] scores = new double[labels];
        int l = 0;
        for (; l + 4 <= labels; l += 4) {
            double[] w0 = w2[l];
            double[] w1r = w2[l + 1];
            double[] w2r = w2[l + 2];
            double[] w3 = w2[l + 3];
            double r0 = 0, r1 = 0, r2 = 0, r3 = 0;
            for (int h = 0; h < hidden; h++) {
                double x = cubes[h];
                r0 += x * w0[h];
                r1 += x * w1r[h];
                r2 += x * w2r[h];
                r3 += x * w3[h];
            }
            scores[l] = r0;
            scores[l + 1] = r1;
            scores[l + 2] = r2;
            scores[l + 3] = r3;
        }
        for (; l < labels; l++) {
            double[] w = w2[l];
            double r = 0;
            for (int h = 0; h < hidden; h++) {
                r += cubes[h] * w[h];
            }
            scores[l] = r;
        }
        return scores;
    }

    /**
     * Whether the state's only legal transition is SHIFT: the stack holds at most {@link #shiftOnlyStack}
     * places (ROOT counted) and the buffer a word. Read from the features, laid out by CoreNLP as the
     * words of stack places 3, 2, 1 and buffer places 1, 2, 3, then their tags in the same order; an
     * empty place has the empty tag, which no word of a sentence has.
     */
    boolean shiftOnly(int[] feature) {
        if (shiftOnlyStack == 0) {
            return false;
        }
        int stack = 3;
        for (int k = 0; k < 3 && feature[TAGS + k] == emptyTag; k++) {
            stack--;
        }
        return stack <= shiftOnlyStack && feature[TAGS + 3] != emptyTag;
    }

    /** As CoreNLP computes it: (x·x)·x. */
    private static double cube(double x) {
        return x * x * x;
    }

    /**
     * W1's block for this position times the token's embedding, each unit's sum in double precision
     * over the embedding in order, then rounded to float as CoreNLP caches it.
     */
    private float[] product(int key, int token, int position) {
        int slot = slot(key, CACHE_SIZE);
        Slice cached = cache[slot];
        if (cached != null && cached.key == key) {
            return cached.values;
        }
        float[] e = embeddings[token];
        int offset = position * embedding;
        float[] values = new float[hidden];
        for (int h = 0; h < hidden; h += 4) {
            float[] u0 = w1[h];
            float[] u1 = w1[h + 1];
            float[] u2 = w1[h + 2];
            float[] u3 = w1[h + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int j = 0; j < embedding; j++) {
                float ej = e[j];
                s0 += u0[offset + j] * ej;
                s1 += u1[offset + j] * ej;
                s2 += u2[offset + j] * ej;
                s3 += u3[offset + j] * ej;
            }
            values[h] = (float) s0;
            values[h + 1] = (float) s1;
            values[h + 2] = (float) s2;
            values[h + 3] = (float) s3;
        }
        cache[slot] = new Slice(key, values);
        return values;
    }
}
