package org.hearsay.cues;

import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A learned judgement of whether a content word signals an attribution, for the words the lexicon
 * does not list, and of where a cue begins and ends, in three steps, each a logistic regression (the
 * second with a hidden layer besides):
 * <ul>
 *   <li>before the parse, over what the tagger knows (lemma, part of speech, the words around it, a
 *       named entity or pronoun before it, "that" or a quotation mark after it): it decides which
 *       sentences get parsed;</li>
 *   <li>after the parse, for verbs, over the shape of the verb's clause ({@link ClauseFeatures}: who
 *       its subject is, whether it takes a clause, an object, a preposition, a quotation) and its
 *       meaning in the sentence ({@link ContextEncoder}), read both by a weighted sum and by a
 *       {@link HiddenLayer}: it decides which verbs are cues. It is trained twice, once on MiniLM's last
 *       layer and once on its third, and the two probabilities are averaged: each alone was measured
 *       against the pair on PolNeAR train and dev (docs/quality.md, 2026-12-03);</li>
 *   <li>once the cues are found, over the places each could end on either side of its head
 *       ({@link CueExtent}), the places on one side ranked against each other (a softmax, the
 *       logistic regression of a choice among several): it decides which words around the head are in the cue.</li>
 * </ul>
 * Trained on PolNeAR train by {@link CueModelTrainer}; the shipped weights are {@code cue-model.tsv}
 * beside this class (the clause step's features start with {@code c|}, those of its second training on
 * the third layer with {@code 3|c|}, the extent step's with {@code x|}). Immutable and thread-safe.
 */
public final class CueModel {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/org/hearsay/cues/cue-model.tsv";

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");
    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    /** The clause step's bias; NaN when the model has no clause step (a file from before it). */
    private final double clauseBias;
    /** Below this clause probability even a lexicon verb is no cue ("called" naming, "want" in general). */
    private final double clauseVeto;
    /** The clause step's weights for the verb's {@link ContextEncoder} vector; null when it does not read one. */
    private final double[] vectorWeights;
    /** The extent step's bias; NaN when the model has no extent step and cues keep the rules' span. */
    private final double extentBias;
    /** The clause step's layer over the verb's vector; null when it has none. */
    private final HiddenLayer hidden;
    /**
     * The clause step once more, reading the verb's vector from MiniLM's third layer instead of its last
     * ({@link ContextEncoder}); the two steps' probabilities are averaged. Null when the model has none.
     * Its weights are in the model file under {@link #THIRD}.
     */
    private final CueModel third;

    /** The prefix of the weights, and of the clause bias, of the step that reads the third layer: {@code 3|c|vec=0}. */
    static final String THIRD = "3|";

    CueModel(Map<String, Double> weights, double bias, double threshold) {
        this(weights, bias, threshold, Double.NaN, 0, Double.NaN);
    }

    CueModel(Map<String, Double> weights, double bias, double threshold, double clauseBias, double clauseVeto, double extentBias) {
        this(withoutLayer(weights), bias, threshold, clauseBias, clauseVeto, extentBias, HiddenLayer.of(weights), null);
    }

    private CueModel(Map<String, Double> weights, double bias, double threshold, double clauseBias, double clauseVeto,
                     double extentBias, HiddenLayer hidden, CueModel third) {
        if (!(clauseVeto >= 0 && clauseVeto <= threshold)) {
            throw new IllegalArgumentException("clause veto " + clauseVeto + " must lie between 0 and the threshold " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.clauseBias = clauseBias;
        this.clauseVeto = clauseVeto;
        this.vectorWeights = vectorWeights(weights);
        this.extentBias = extentBias;
        this.hidden = hidden;
        this.third = third;
    }

    private static Map<String, Double> withoutLayer(Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>(weights);
        out.keySet().removeIf(HiddenLayer::owns);
        return out;
    }

    /** The prefix of the clause step's weights for the dimensions of a verb's vector: {@code c|vec=0} to {@code c|vec=383}. */
    static final String VECTOR = "c|vec=";

    private static double[] vectorWeights(Map<String, Double> weights) {
        double[] out = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getKey().startsWith(VECTOR)) {
                int d = Integer.parseInt(e.getKey().substring(VECTOR.length()));
                if (d < 0 || d >= ContextEncoder.DIMENSIONS) {
                    throw new IllegalArgumentException("cue model weight " + e.getKey() + " is past the vector's "
                            + ContextEncoder.DIMENSIONS + " dimensions");
                }
                if (out == null) {
                    out = new double[ContextEncoder.DIMENSIONS];
                }
                out[d] = e.getValue();
            }
        }
        return out;
    }

    /** This model with a clause step added: its weights (features starting with {@code c|}), bias and veto. */
    CueModel withClauseStep(Map<String, Double> clauseWeights, double bias, double veto) {
        Map<String, Double> all = new HashMap<>(weights);
        all.putAll(clauseWeights);
        return new CueModel(all, this.bias, threshold, bias, veto, extentBias, hidden, third);
    }

    /** This model with an extent step added: its weights (features starting with {@code x|}) and bias. */
    CueModel withExtentStep(Map<String, Double> extentWeights, double bias) {
        Map<String, Double> all = new HashMap<>(weights);
        all.keySet().removeIf(f -> f.startsWith(CueExtent.PREFIX)); // a step trained again replaces the old one whole
        all.putAll(extentWeights);
        return new CueModel(all, this.bias, threshold, clauseBias, clauseVeto, bias, hidden, third);
    }

    /** This model with a layer added to its clause step ({@link HiddenLayer}). */
    CueModel withHiddenLayer(HiddenLayer layer) {
        return new CueModel(weights, bias, threshold, clauseBias, clauseVeto, extentBias, layer, third);
    }

    /**
     * This model with a second clause step, the clause step of {@code other}, which reads the verb's vector from
     * MiniLM's third layer; only {@code other}'s clause step (its {@code c|} weights, bias and hidden layer) is kept.
     */
    public CueModel withThirdLayerStep(CueModel other) {
        if (!other.hasClauseStep()) {
            throw new IllegalArgumentException("the model for the third layer has no clause step");
        }
        Map<String, Double> clause = new HashMap<>(other.weights);
        clause.keySet().removeIf(f -> !f.startsWith(ClauseFeatures.PREFIX));
        return new CueModel(weights, bias, threshold, clauseBias, clauseVeto, extentBias, hidden,
                clauseStepAlone(clause, other.clauseBias, threshold, clauseVeto, other.hidden));
    }

    /** A model that is a clause step and nothing else: the third layer's step, which judges only verbs. */
    private static CueModel clauseStepAlone(Map<String, Double> clauseWeights, double clauseBias, double threshold,
                                            double veto, HiddenLayer hidden) {
        return new CueModel(clauseWeights, 0, threshold, clauseBias, veto, Double.NaN, hidden, null);
    }

    /** The clause step's log-odds for a verb's features and vector (null for none). */
    double clauseLogOdds(List<String> features, float[] vector) {
        return logOdds(clauseBias, features, vector);
    }

    /** The model shipped in the jar. */
    public static CueModel shipped() {
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild with ./hearsay train");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static CueModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> w = new HashMap<>();
        HiddenLayer.Parts layer = new HiddenLayer.Parts();
        Map<String, Double> w3 = new HashMap<>();
        HiddenLayer.Parts layer3 = new HiddenLayer.Parts();
        double clauseBias3 = Double.NaN;
        double bias = 0;
        double threshold = 0.5;
        double clauseBias = Double.NaN;
        double clauseVeto = 0;
        double extentBias = Double.NaN;
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException("cue model line " + n + " has no tab: " + line);
            }
            String key = line.substring(0, tab);
            double value;
            try {
                value = number(line, tab + 1);
            } catch (NumberFormatException e) {
                throw new IOException("cue model line " + n + " has no number after its tab: " + line);
            }
            boolean ofThird = key.startsWith(THIRD);
            if (ofThird) {
                key = key.substring(THIRD.length());
                if (key.equals("@clause-bias")) {
                    clauseBias3 = value;
                    continue;
                }
                if (!key.startsWith(ClauseFeatures.PREFIX)) {
                    throw new IOException("cue model line " + n + ": the third layer's step has only clause weights ("
                            + THIRD + ClauseFeatures.PREFIX + "…) and its " + THIRD + "@clause-bias: " + line);
                }
            }
            switch (key) {
                case "@bias" -> bias = value;
                case "@threshold" -> threshold = value;
                case "@clause-bias" -> clauseBias = value;
                case "@clause-veto" -> clauseVeto = value;
                case "@extent-bias" -> extentBias = value;
                default -> {
                    if (HiddenLayer.owns(key)) {
                        try {
                            (ofThird ? layer3 : layer).accept(key, value);
                        } catch (IllegalArgumentException e) {
                            throw new IOException("cue model line " + n + ": " + e.getMessage(), e);
                        }
                    } else {
                        (ofThird ? w3 : w).put(key, value);
                    }
                }
            }
        }
        CueModel third = null;
        if (!w3.isEmpty() || !Double.isNaN(clauseBias3)) {
            if (Double.isNaN(clauseBias3) || Double.isNaN(clauseBias)) {
                throw new IOException("cue model has weights for the third layer's clause step but no " + THIRD
                        + "@clause-bias, or no clause step of its own");
            }
            try {
                third = clauseStepAlone(w3, clauseBias3, threshold, clauseVeto, layer3.build());
            } catch (IllegalArgumentException e) {
                throw new IOException("cue model: " + e.getMessage(), e);
            }
        }
        return new CueModel(w, bias, threshold, clauseBias, clauseVeto, extentBias, layer.build(), third);
    }

    /** Writes the model as sorted {@code feature TAB weight} lines, so the same training writes the same bytes. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write("@bias\t" + format(bias) + "\n");
        out.write("@threshold\t" + format(threshold) + "\n");
        if (hasClauseStep()) {
            out.write("@clause-bias\t" + format(clauseBias) + "\n");
            out.write("@clause-veto\t" + format(clauseVeto) + "\n");
        }
        if (hasExtentStep()) {
            out.write("@extent-bias\t" + format(extentBias) + "\n");
        }
        Map<String, Double> all = new TreeMap<>(weights);
        if (hidden != null) {
            all.putAll(hidden.weights());
        }
        if (third != null) {
            all.put(THIRD + "@clause-bias", third.clauseBias);
            third.weights.forEach((f, v) -> all.put(THIRD + f, v));
            if (third.hidden != null) {
                third.hidden.weights().forEach((f, v) -> all.put(THIRD + f, v));
            }
        }
        for (Map.Entry<String, Double> e : all.entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
        out.flush();
    }

    /**
     * The number at the end of a model line. Lines {@link #write} wrote have five decimals, read here
     * digit by digit (a third of the model's load time went on {@code Double.parseDouble}); the quotient
     * of two exact doubles is rounded as the decimal would be, so the value is the same. Anything else
     * goes to {@code Double.parseDouble}.
     */
    static double number(String line, int from) {
        int i = from;
        boolean negative = i < line.length() && line.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long n = 0;
        int digits = 0;
        int point = -1;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9' && digits < 15) {
                n = n * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.parseDouble(line.substring(from));
            }
        }
        if (point < 0 || line.length() - point - 1 != 5 || digits == 0) {
            return Double.parseDouble(line.substring(from));
        }
        double v = n / 100000.0;
        return negative ? -v : v;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    public double threshold() {
        return threshold;
    }

    /** How many weights the model has, its hidden layers' and its third-layer step's among them. */
    public int size() {
        return weights.size() + (hidden == null ? 0 : hidden.size()) + (third == null ? 0 : third.size());
    }

    /** Whether the model would judge this token at all: a verb, noun or adjective. */
    public static boolean candidate(Token t) {
        return t.isVerb() || t.isNoun() || t.tag().startsWith("JJ");
    }

    public boolean hasClauseStep() {
        return !Double.isNaN(clauseBias);
    }

    /** Whether the clause step reads the verb's vector through a {@link HiddenLayer} as well as linearly. */
    public boolean hasHiddenLayer() {
        return hidden != null;
    }

    /** Whether the clause step is judged twice, once more on the verb's vector from MiniLM's third layer. */
    public boolean readsThirdLayer() {
        return third != null;
    }

    public boolean hasExtentStep() {
        return !Double.isNaN(extentBias);
    }

    /**
     * Where a cue begins and ends, as annotators draw it: the extent step's judgement of the words
     * around its head ({@link CueExtent}), or the rules' span when the model has no such step or the
     * cue is a phrase or layout.
     */
    public CharSpan extent(Parse parse, Cue cue) {
        if (!hasExtentStep() || cue.head() < 0 || !CueExtent.KINDS.contains(cue.kind())) {
            return cue.span();
        }
        return CueExtent.decode(parse, cue, features -> logOdds(extentBias, features, null));
    }

    /** Whether the clause step reads each verb's {@link ContextEncoder} vector. */
    public boolean readsVectors() {
        return vectorWeights != null;
    }

    /**
     * After the parse: the probability that a verb is a cue, judged by its clause. For one verb; to
     * judge many of one parse, {@link #clauses} encodes each sentence once.
     */
    public double clauseProbability(Parse parse, int verb) {
        return clauses(parse).probability(verb);
    }

    /** After the parse: whether a verb the lexicon lists is, in this clause, no cue after all. */
    public boolean vetoes(Parse parse, int verb) {
        return clauses(parse).vetoes(verb);
    }

    /** The clause step over one parse; it encodes each sentence once, when a verb of it is first judged. */
    public Clauses clauses(Parse parse) {
        return new Clauses(parse);
    }

    /**
     * The clause step over one parse whose sentences' vectors are already known (by sentence index), as
     * in training: known sentences are not encoded again.
     */
    public Clauses clauses(Parse parse, Map<Integer, float[][]> known) {
        Clauses c = new Clauses(parse);
        c.vectors.putAll(known);
        return c;
    }

    /**
     * A verb heading a relative clause ("Thiel, the investor who backed Paul in 2008") is mostly background
     * on a person, which the annotators mark about half the time (of hearsay's such cues with "who", "which"
     * or "that" for source, 146 of 304 exact on half B of PolNeAR train): the clause step must be this much
     * surer of it, to take it and to let a lexicon verb stand. Not of one on a message ("a column that
     * accused …"), which speaks for its sender. 0.1, 0.2, 0.3 and 0.45 tried on half B (model from
     * half A): 0.3 and more lose on every figure. With 0.2 and the models trained again, half B cue exact
     * 69.23 → 69.35, source exact 75.17 → 75.15, attribution 81.61 → 81.57; dev cue exact 72.35 → 72.48,
     * source exact 78.97 → 79.11, attribution 84.06 → 84.03. When the threshold rose from 0.4 to 0.5 the
     * margin fell to 0.1, so that a relative clause's verb needs 0.6 as before: with the models trained
     * again, half A (model from half B) cue exact 68.86 → 69.04, source exact 73.04 → 73.18; half B
     * 70.10 → 70.05 and 76.45 → 76.46; dev cue exact 73.36 → 73.56, source exact 80.36 → 80.32.
     */
    static final double RELATIVE_CLAUSE_MARGIN = 0.1;

    /** The clause step's judgements on one parse. Not thread-safe: one per parse and thread. */
    public final class Clauses {

        private final Parse parse;
        private final Map<Integer, float[][]> vectors = new HashMap<>();

        private Clauses(Parse parse) {
            this.parse = parse;
        }

        /** The probability that a verb is a cue, judged by its clause (and, when the model reads one, its vector). */
        public double probability(int verb) {
            List<String> features = ClauseFeatures.of(parse, verb);
            float[] v = vector(verb);
            double p = CueModel.this.probability(clauseBias, features, v);
            return third == null || v == null ? p : (p + third.probability(third.clauseBias, features, ContextEncoder.third(v))) / 2;
        }

        /** Whether a verb the lexicon lacks is a cue. */
        public boolean isCue(int verb) {
            return probability(verb) >= threshold + relativeMargin(verb);
        }

        /** How much surer the step must be of a verb heading a relative clause ({@link #RELATIVE_CLAUSE_MARGIN}). */
        private double relativeMargin(int verb) {
            Token v = parse.token(verb);
            boolean onMessage = v.head() >= 0 && CueLexicon.MESSAGES.contains(parse.token(v.head()).lemma());
            return v.relation().equals("acl:relcl") && !onMessage ? RELATIVE_CLAUSE_MARGIN : 0;
        }

        /** Whether a verb the lexicon lists is, in this clause, no cue after all. */
        public boolean vetoes(int verb) {
            return hasClauseStep() && clauseVeto > 0 && probability(verb) < clauseVeto + relativeMargin(verb);
        }

        /**
         * The verb's vectors as {@link ContextEncoder#encode} gives them, or null when the model reads none or the
         * sentence was too long for the encoder.
         */
        public float[] vector(int verb) {
            if (vectorWeights == null) {
                return null;
            }
            Token t = parse.token(verb);
            Sentence s = parse.sentenceOf(t);
            return vectors.computeIfAbsent(s.index(), i -> ContextEncoder.shared().encode(parse, s))[verb - s.firstToken()];
        }
    }

    /** The probability that token {@code i} of a sentence is (the head of) a cue. */
    public double probability(List<Token> sentence, int i) {
        return probability(bias, features(sentence, i));
    }

    private double probability(double bias, List<String> features) {
        return probability(bias, features, null);
    }

    private double probability(double bias, List<String> features, float[] vector) {
        return 1 / (1 + Math.exp(-logOdds(bias, features, vector)));
    }

    private double logOdds(double bias, List<String> features, float[] vector) {
        double z = bias;
        if (vector != null && vectorWeights != null) {
            for (int d = 0; d < vectorWeights.length; d++) { // of both layers' vectors, the first is the last layer's
                z += vectorWeights[d] * vector[d];
            }
        }
        if (vector != null && hidden != null) {
            z += hidden.logOdds(vector);
        }
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return z;
    }

    public boolean isCue(List<Token> sentence, int i) {
        return candidate(sentence.get(i)) && probability(sentence, i) >= threshold;
    }

    /**
     * Below the threshold, how sure the first step must be of a word for its sentence to be parsed, so that the
     * clause step, which reads the parse and the verb's meaning, judges it. Measured on half B of PolNeAR train
     * (model from half A), against the threshold itself (then 0.35, now 0.4): 0.2 gives attribution F1 81.1 → 81.5, full 73.9 →
     * 74.1, source exact 74.6 → 74.8, cue exact 68.8 either way; 0.15 the same with more sentences parsed.
     */
    static final double PARSE_GATE = 0.2;

    /** Whether the word at {@code i} is likely enough to be a cue that its sentence is worth parsing. */
    public boolean worthParsing(List<Token> sentence, int i) {
        return candidate(sentence.get(i)) && probability(sentence, i) >= Math.min(PARSE_GATE, threshold);
    }

    /** The features of token {@code i}, from tagging alone (no dependency parse is needed). */
    static List<String> features(List<Token> s, int i) {
        Token t = s.get(i);
        String pos = t.tag().length() >= 2 ? t.tag().substring(0, 2) : t.tag();
        List<String> f = new ArrayList<>();
        f.add("lemma=" + t.lemma() + "/" + pos);
        f.add("pos=" + t.tag());
        f.add("suffix=" + suffix(t.lemma()) + "/" + pos);
        f.add("prev=" + word(s, i - 1));
        f.add("next=" + word(s, i + 1));
        f.add("next2=" + word(s, i + 1) + "_" + word(s, i + 2));
        f.add("prevpos=" + tag(s, i - 1) + "/" + pos);
        f.add("nextpos=" + tag(s, i + 1) + "/" + pos);
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Token p = s.get(k);
            if (!p.ner().equals("O")) {
                f.add("entity-before=" + p.ner() + "/" + pos);
            }
            if (PRONOUNS.contains(p.word().toLowerCase(Locale.ROOT))) {
                f.add("pronoun-before/" + pos);
            }
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 3); k++) {
            String w = s.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("that") || w.equals(":")) {
                f.add("then=" + w + "/" + pos);
            }
            if (QuoteMarks.isAny(w)) {
                f.add("quote-after/" + pos);
            }
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (QuoteMarks.isAny(s.get(k).word())) {
                f.add("quote-before/" + pos);
            }
        }
        return f;
    }

    private static String suffix(String lemma) {
        return lemma.length() <= 3 ? lemma : lemma.substring(lemma.length() - 3);
    }

    private static String word(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).lemma();
    }

    private static String tag(List<Token> s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.get(i).tag();
    }
}
