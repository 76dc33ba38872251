package org.hearsay.cli;

import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.ingest.Article;
import org.hearsay.ingest.Failure;
import org.hearsay.ingest.Item;
import org.hearsay.ingest.Sources;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import org.hearsay.store.Answers.StoredFailure;
import org.hearsay.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Read news into the store: text, JSON Lines, HTML, RSS/Atom feeds and WARC archives.",
        footer = {"", "INPUT is a file or a folder: .txt, .jsonl, .html, .rss, .atom, .xml, .warc, each also .gz.",
                "Articles already in the store (the same text) are skipped, so a re-run resumes where one stopped.",
                "Items that fail are listed at the end and kept in the store; exit code 1 when some failed."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders.")
    List<Path> inputs;

    @Option(names = "--db", defaultValue = "hearsay.db", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--metadata", paramLabel = "TSV", description = "Title, date, outlet and URL of text files, by file name (see docs/store.md).")
    Path metadataFile;

    @Option(names = "--outlet", description = "The outlet of every article that does not name its own.")
    String outlet;

    @CommandLine.Mixin
    BatchOptions batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What became of one article sent for analysis. */
    private record Outcome(Article article, Analysis analysis, String error) {
    }

    private final List<Failure> failed = new ArrayList<>();
    private int stored;
    private int skipped;
    private int attributions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int threads = batch.threads();
        Metadata metadata = metadataFile == null ? Metadata.none() : Metadata.read(metadataFile);
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            files.addAll(Sources.expand(in, failed::add));
        }
        Sources sources = new Sources(batch.maxSize);
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            for (Failure f : failed) {
                store.fail(f.origin(), f.reason());
            }
            Lazy<Analyzer> analyzer = new Lazy<>(() -> Hearsay.builder().build());
            boolean showProgress = System.console() != null && files.size() > 1;
            try (Progress progress = showProgress ? Progress.onTerminal("Ingesting", files.size(), " files",
                    (n, s) -> String.format(Locale.ROOT, "%,d articles, %.1f articles/s", n, n / s)) : Progress.none();
                 Window<Outcome> window = new Window<>(threads, o -> save(store, o, progress, err))) {
                for (Path file : files) {
                    sources.read(file, item -> accept(item, file, metadata, store, window, analyzer, progress, err));
                    progress.step(0);
                }
                window.drain();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%s: %d new articles (%d attributions) in %.1f s, %.2f articles/s; %d already stored; %d failed%n",
                    db, stored, attributions, seconds, stored / seconds, skipped, failed.size());
            out.printf(Locale.ROOT, "%s now holds %d articles and %d attributions.%n", db, store.articleCount(), store.attributionCount());
            if (!failed.isEmpty()) {
                out.println("Failed (also kept in the store's failures table):");
                for (Failure f : failed) {
                    out.println("  " + f.origin() + ": " + f.reason());
                }
            }
            List<StoredFailure> earlier = store.failures();
            if (earlier.size() > failed.size()) {
                out.printf("(%d failures from earlier runs remain in the store.)%n", earlier.size() - failed.size());
            }
        }
        out.flush();
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private void accept(Item item, Path file, Metadata metadata, Store store, Window<Outcome> window, Lazy<Analyzer> analyzer,
                        Progress progress, PrintWriter err) {
        if (item instanceof Failure f) {
            fail(store, f, progress, err);
            return;
        }
        Article a = metadata.fill(file, (Article) item).withDefaults(Optional.empty(), Optional.empty(), Optional.ofNullable(outlet), Optional.empty());
        if (store.contains(a.text())) {
            skipped++;
            return;
        }
        try {
            window.submit(() -> {
                try {
                    DocumentInfo info = new DocumentInfo(Store.hashOf(a.text()).substring(0, 16), a.title(), a.published(), a.outlet(), a.url());
                    return new Outcome(a, analyzer.get().analyze(info, a.text()), null);
                } catch (RuntimeException e) {
                    return new Outcome(a, null, "analysis failed: " + e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void save(Store store, Outcome o, Progress progress, PrintWriter err) {
        if (o.error != null) {
            fail(store, new Failure(o.article.origin(), o.error), progress, err);
            return;
        }
        // the same text twice in one batch: the second is skipped here
        if (store.put(o.article.origin(), o.analysis).isPresent()) {
            stored++;
            progress.add(1);
            attributions += o.analysis.attributions().size();
        } else {
            skipped++;
        }
    }

    private void fail(Store store, Failure f, Progress progress, PrintWriter err) {
        failed.add(f);
        store.fail(f.origin(), f.reason());
        progress.clearLine();
        err.println("hearsay: " + f.origin() + ": " + f.reason());
        err.flush();
    }
}
