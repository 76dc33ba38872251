package org.hearsay.cli;

import org.hearsay.cues.ContextEncoder;
import org.hearsay.cues.Cue;
import org.hearsay.cues.CueDetector;
import org.hearsay.cues.CueLexicon;
import org.hearsay.cues.CueModel;
import org.hearsay.cues.CueModelTrainer;
import org.hearsay.eval.GoldCorpus;
import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.model.Span;
import org.hearsay.parse.LinguisticParser;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;
import org.hearsay.quotes.Quote;
import org.hearsay.quotes.QuoteFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "train", description = "Train the cue model on annotated articles in PolNeAR's layout.",
        footer = {"", "Reproduces the shipped model, byte for byte: ./hearsay train --gold ../shared/data/polnear/train \\",
                "  --out core/src/main/resources/org/hearsay/cues/cue-model.tsv",
                "Fixed seed and order: the same data gives the same file."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Training articles: DIR/text and DIR/attributions.")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the model goes.")
    Path out;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Probability from which a word is a cue (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--clause-veto", defaultValue = "0.3", description = "Clause probability below which even a lexicon verb "
            + "is no cue (default: ${DEFAULT-VALUE}; chosen on dev and confirmed training on half of train, scoring the other half).")
    double clauseVeto;

    @Option(names = "--epochs", defaultValue = "5", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "20261130", description = "Random seed for the order of examples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", description = "Fits, each over its own order of the examples, whose weights "
            + "are averaged: steadier decisions near the threshold (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--vectors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Let the clause step read each verb's meaning in its sentence, a MiniLM vector (default: ${DEFAULT-VALUE}).")
    boolean vectors;

    @Option(names = "--hidden", defaultValue = "128", description = "Units of the clause step's layer over each verb's vector; "
            + "0 for none (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--third-layer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train the clause step a second time on each verb's vector from MiniLM's third layer, and average "
                    + "the two (default: ${DEFAULT-VALUE}; only with --vectors).")
    boolean thirdLayer;

    @CommandLine.Mixin
    BatchOptions batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        GoldCorpus corpus = GoldCorpus.open(gold);
        LinguisticParser parser = new LinguisticParser();
        List<CueModelTrainer.Example> examples = new ArrayList<>();
        List<CueModelTrainer.ClauseExample> verbs = new ArrayList<>();
        List<Examples> articles = new ArrayList<>();
        int[] cues = {0};
        try (Window<Examples> window = new Window<>(batch.threads(), article -> {
            articles.add(article);
            examples.addAll(article.tokens());
            verbs.addAll(article.verbs());
            cues[0] += (int) article.tokens().stream().filter(CueModelTrainer.Example::cue).count();
        })) {
            for (String name : corpus.names()) {
                window.submit(() -> examples(corpus.read(name), parser, vectors));
            }
            window.drain();
        }
        CueModelTrainer trainer = new CueModelTrainer(epochs, 0.1, 1e-4, seed, runs);
        CueModel tagged = trainer.train(examples, threshold);
        CueModel model = clauseStep(trainer, tagged, layer(verbs, ContextEncoder::last));
        if (vectors && thirdLayer) {
            model = model.withThirdLayerStep(clauseStep(trainer, tagged, layer(verbs, ContextEncoder::third)));
        }
        // the extent step learns from the cues the first two steps and the rules find, as analysis will meet them
        CueDetector detector = new CueDetector(CueLexicon.english(), java.util.Optional.of(model));
        List<CueModelTrainer.ExtentExample> words = new ArrayList<>();
        for (Examples a : articles) {
            List<Cue> found = detector.detect(a.parse(), model.clauses(a.parse(), a.vectors()));
            words.addAll(CueModelTrainer.extentExamples(a.parse(), found, a.cueChars()));
        }
        model = trainer.trainExtentStep(model, words);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, List.of(
                    "hearsay cue model: logistic regressions over tagged tokens, over parsed verbs' clauses (with a hidden layer"
                            + " over each verb's vector; a second such step, 3|, over its vector from MiniLM's third layer)"
                            + " and over the words around a cue (see org.hearsay.cues.CueModel)",
                    "made by: ./hearsay train --gold " + gold.getFileName() + " --threshold " + threshold + " --clause-veto " + clauseVeto
                            + " --epochs " + epochs + " --seed " + seed + " --runs " + runs
                            + (vectors ? " --hidden " + hidden + (thirdLayer ? "" : " --no-third-layer") : " --no-vectors"),
                    String.format(Locale.ROOT, "from %d articles, %d candidate tokens, %d of them cues; %d verbs; %d places cues could end",
                            corpus.size(), examples.size(), cues[0], verbs.size(), words.size())));
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d features from %d articles (%d candidate tokens, %d cues) in %.0f s%n",
                out, model.size(), corpus.size(), examples.size(), cues[0], (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** The clause step, with its hidden layer when asked for, trained on these verbs. */
    private CueModel clauseStep(CueModelTrainer trainer, CueModel tagged, List<CueModelTrainer.ClauseExample> verbs) {
        CueModel model = trainer.trainClauseStep(tagged, verbs, clauseVeto);
        return vectors && hidden > 0 ? trainer.trainHiddenLayer(model, verbs, hidden) : model;
    }

    /** The verbs, each with one layer's vector out of the two {@link ContextEncoder} gives it. */
    private static List<CueModelTrainer.ClauseExample> layer(List<CueModelTrainer.ClauseExample> verbs,
                                                            java.util.function.UnaryOperator<float[]> which) {
        List<CueModelTrainer.ClauseExample> out = new ArrayList<>(verbs.size());
        for (CueModelTrainer.ClauseExample v : verbs) {
            out.add(new CueModelTrainer.ClauseExample(v.parse(), v.verb(), v.cue(), which.apply(v.vector())));
        }
        return out;
    }

    /**
     * An article's examples for the first two steps of the cue model, and what the third needs: its parse,
     * its verbs' vectors by sentence (rows of other words left null) and its gold cues' char spans.
     */
    private record Examples(List<CueModelTrainer.Example> tokens, List<CueModelTrainer.ClauseExample> verbs, Parse parse,
                            Map<Integer, float[][]> vectors, List<int[]> cueChars) {
    }

    /**
     * Every candidate token and every verb of an article outside quotations, labelled by whether a gold cue covers it.
     * Inside a quotation hearsay reads no cue ("I think" in someone's quote is theirs, and the annotators rarely mark
     * it), so the model learns from none there: 71k of train's 363k candidate tokens, 51 of them in gold cues.
     */
    private static Examples examples(GoldCorpus.Article article, LinguisticParser parser, boolean vectors) {
        String text = article.text();
        Parse parse = parser.parse(text);
        List<int[]> cueChars = new ArrayList<>();
        for (AnnotatedAttribution a : article.attributions()) {
            for (Span s : a.cue()) {
                int from = text.offsetByCodePoints(0, s.start());
                cueChars.add(new int[]{from, text.offsetByCodePoints(from, s.end() - s.start())});
            }
        }
        List<Quote> quotes = new QuoteFinder().find(text, parse.paragraphs());
        List<CueModelTrainer.Example> out = new ArrayList<>();
        List<CueModelTrainer.ClauseExample> verbs = new ArrayList<>();
        Map<Integer, float[][]> known = new HashMap<>();
        for (Sentence s : parse.sentences()) {
            List<Token> tokens = parse.tokens().subList(s.firstToken(), s.endToken());
            float[][] meaning = vectors && tokens.stream().anyMatch(Token::isVerb) ? ContextEncoder.shared().encode(parse, s) : null;
            if (meaning != null) {
                float[][] verbRows = new float[meaning.length][];
                for (int i = 0; i < meaning.length; i++) {
                    verbRows[i] = tokens.get(i).isVerb() ? meaning[i] : null;
                }
                known.put(s.index(), verbRows);
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!CueModel.candidate(t) || Quote.anySurrounds(quotes, t.begin(), t.end())) {
                    continue; // hearsay reads no cue inside a quotation, so it learns from none there
                }
                boolean cue = false;
                for (int[] c : cueChars) {
                    cue |= t.begin() < c[1] && c[0] < t.end();
                }
                out.add(new CueModelTrainer.Example(tokens, i, cue));
                if (t.isVerb()) {
                    verbs.add(new CueModelTrainer.ClauseExample(parse, t.index(), cue, meaning == null ? null : meaning[i]));
                }
            }
        }
        return new Examples(out, verbs, parse, known, cueChars);
    }
}
