package org.hearsay.eval;

import org.hearsay.Analyzer;
import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.format.BratFormat;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Scores an analyzer over a whole gold corpus, articles analysed in parallel. */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * @param predictions where to write each article's predicted .ann, to compare by eye; empty for none
     */
    public static Scores run(Analyzer analyzer, GoldCorpus corpus, int threads, Optional<Path> predictions)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (predictions.isPresent()) {
            Files.createDirectories(predictions.get());
        }
        Scorer scorer = new Scorer();
        BratFormat brat = new BratFormat();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Scores>> futures = new ArrayList<>();
            for (String name : corpus.names()) {
                futures.add(pool.submit(() -> {
                    GoldCorpus.Article article = corpus.read(name);
                    Analysis a = analyzer.analyze(DocumentInfo.of(name), article.text());
                    if (predictions.isPresent()) {
                        Files.writeString(predictions.get().resolve(name + ".ann"), brat.write(a), StandardCharsets.UTF_8);
                    }
                    List<AnnotatedAttribution> predicted = a.attributions().stream().map(AnnotatedAttribution::of).toList();
                    return scorer.score(article.attributions(), predicted);
                }));
            }
            Scores total = Scores.empty();
            for (Future<Scores> f : futures) {
                try {
                    total = total.plus(f.get());
                } catch (ExecutionException e) {
                    throw new IOException("scoring failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
