package org.hearsay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearsay.ingest.Article;
import org.hearsay.ingest.Failure;
import org.hearsay.ingest.Sources;
import org.hearsay.ingest.html.ExtractionScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

@Command(name = "extract", description = "Write the article text of HTML pages, as ingest sees it.",
        footer = {"", "Writes DIR/NAME.txt for each NAME.html or NAME.html.gz. With --gold, scores the texts against",
                "the article-extraction benchmark's ground-truth.json (its metric: 4-token shingles, mean P and R, F1)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "HTML pages, or folders of them.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the texts go.")
    Path out;

    @Option(names = "--gold", paramLabel = "JSON", description = "ground-truth.json: {ID: {articleBody, url}}; score the texts.")
    Path gold;

    @CommandLine.Mixin
    BatchOptions batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        List<Failure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            files.addAll(Sources.expand(in, failures::add).stream().filter(f -> Sources.Format.of(f).orElseThrow() == Sources.Format.HTML).toList());
        }
        Sources sources = new Sources(batch.maxSize);
        Map<String, String> texts = new ConcurrentHashMap<>();
        try (Window<List<Failure>> window = new Window<>(batch.threads(), failures::addAll)) {
            for (Path file : files) {
                window.submit(() -> {
                    List<Failure> bad = new ArrayList<>();
                    String name = Metadata.stem(file.getFileName().toString());
                    StringBuilder text = new StringBuilder();
                    sources.read(file, item -> {
                        if (item instanceof Article a) {
                            text.append(a.text());
                        } else {
                            bad.add((Failure) item);
                        }
                    });
                    Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
                    texts.put(name, text.toString());
                    return bad;
                });
            }
            window.drain();
        }
        for (Failure f : failures) {
            err.println("hearsay: " + f.origin() + ": " + f.reason());
        }
        stdout.printf("%d pages, %d texts written to %s%n", files.size(), texts.size(), out);
        if (gold != null) {
            score(texts, stdout);
        }
        stdout.flush();
        err.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private void score(Map<String, String> texts, PrintWriter stdout) throws java.io.IOException {
        JsonNode truth = new ObjectMapper().readTree(gold.toFile());
        ExtractionScore score = new ExtractionScore();
        record Worst(String id, double f1) {
        }
        List<Worst> pages = new ArrayList<>();
        int missing = 0;
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            String predicted = texts.get(e.getKey());
            if (predicted == null) {
                missing++;
                predicted = "";
            }
            pages.add(new Worst(e.getKey(), score.add(e.getValue().path("articleBody").asText(), predicted).f1()));
        }
        stdout.printf(Locale.ROOT, "extraction against %s (%d pages, %d not extracted): precision %.3f  recall %.3f  F1 %.3f%n",
                gold, pages.size(), missing, score.precision(), score.recall(), score.f1());
        pages.sort(Comparator.comparingDouble(Worst::f1));
        stdout.print("lowest page F1:");
        pages.stream().limit(8).forEach(w -> stdout.printf(Locale.ROOT, " %s %.2f", w.id.substring(0, Math.min(12, w.id.length())), w.f1));
        stdout.println();
    }
}
