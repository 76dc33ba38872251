package org.hearsay.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.format.JsonFormat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One measured run in a process of its own: {@code Worker ENGINE DIR REPEAT THREADS}. ENGINE is
 * {@code hearsay} (analysis and JSON output, as {@code analyze} does) or {@code corenlp}, CoreNLP's
 * quote attribution pipeline {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with statistical
 * coreference. Documents run in parallel on THREADS threads over one shared pipeline, after a warm-up
 * of {@code -Dbench.warmUpSeconds} (60) that is not timed. Prints one line:
 * {@code RESULT engine=… load=… seconds=… tokens=… articles=… peakRssKb=…}.
 */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        Corpus corpus = Corpus.load(Path.of(args[1])).repeated(Integer.parseInt(args[2]));
        int threads = Integer.parseInt(args[3]);
        RedwoodConfiguration.current().clear().apply();
        long t0 = System.nanoTime();
        Consumer<String> job = switch (engine) {
            case "hearsay" -> hearsay(Long.parseLong(System.getProperty("hearsay.expectedTokens", String.valueOf(corpus.tokens()))));
            case "corenlp" -> coreNlp();
            default -> throw new IllegalArgumentException("engine is hearsay or corenlp, not " + engine);
        };
        double load = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true); // a failed article ends the process instead of leaving it waiting
            return t;
        });
        // The same untimed warm-up, by the clock, for every engine and scale: on two cores the JIT needs
        // about 40 s of hearsay's work to reach its steady pace, and that pace is what is timed.
        double warmUp = Double.parseDouble(System.getProperty("bench.warmUpSeconds", "60"));
        long w0 = System.nanoTime();
        for (int i = 0; (System.nanoTime() - w0) / 1e9 < warmUp; i += threads) {
            List<String> batch = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                batch.add(corpus.texts().get((i + k) % corpus.texts().size()));
            }
            runAll(pool, job, batch);
        }
        long t1 = System.nanoTime();
        runAll(pool, job, corpus.texts());
        double seconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "RESULT engine=%s load=%.2f seconds=%.2f tokens=%d articles=%d peakRssKb=%d%n",
                engine, load, seconds, corpus.tokens(), corpus.texts().size(), peakRssKb());
    }

    private static void runAll(ExecutorService pool, Consumer<String> job, List<String> texts) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> job.accept(text)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static Consumer<String> hearsay(long tokens) {
        Analyzer analyzer = Hearsay.builder().expectedTokens(tokens).build();
        JsonFormat json = new JsonFormat();
        return text -> {
            if (json.write(analyzer.analyze(text)).isEmpty()) {
                throw new IllegalStateException("empty output");
            }
        };
    }

    private static Consumer<String> coreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        return text -> pipeline.annotate(new Annotation(text));
    }

    /** The most resident memory this process has held (Linux VmHWM), or -1 where that is not known. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
