package org.hearsay.cli;

import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.eval.GoldCorpus;
import org.hearsay.eval.Scorer;
import org.hearsay.eval.Scores;
import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.format.BratFormat;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "eval", description = "Score analyze against annotated articles in PolNeAR's layout.",
        footer = {"", "Per role (cue, source, content): exact and character-overlap precision, recall and F1;",
                "then attribution F1 (cues overlap, or contents overlap by half the shorter) and",
                "'full' attribution F1 (the sources overlap too)."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with text/ and attributions/.")
    Path gold;

    @Option(names = "--threads", description = "Articles analysed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--predictions", paramLabel = "DIR", description = "Also write each article's predicted .ann here, to compare by eye.")
    Path predictions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        GoldCorpus corpus = GoldCorpus.open(gold);
        if (predictions != null) {
            Files.createDirectories(predictions);
        }
        Analyzer analyzer = Hearsay.builder().build();
        Scorer scorer = new Scorer();
        BratFormat brat = new BratFormat();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Scores total = Scores.empty();
        try {
            List<Future<Scores>> futures = new ArrayList<>();
            for (String name : corpus.names()) {
                futures.add(pool.submit(() -> {
                    GoldCorpus.Article article = corpus.read(name);
                    Analysis a = analyzer.analyze(DocumentInfo.of(name), article.text());
                    if (predictions != null) {
                        Files.writeString(predictions.resolve(name + ".ann"), brat.write(a), StandardCharsets.UTF_8);
                    }
                    List<AnnotatedAttribution> predicted = a.attributions().stream().map(AnnotatedAttribution::of).toList();
                    return scorer.score(article.attributions(), predicted);
                }));
            }
            for (Future<Scores> f : futures) {
                total = total.plus(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        spec.commandLine().getOut().print(total.table());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
