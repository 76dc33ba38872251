package org.hearsay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole-process benchmark: hearsay against CoreNLP's quote attribution pipeline over the same
 * texts, in one run, each engine in fresh JVMs, alternating (hearsay, CoreNLP, hearsay). Then hearsay
 * at 4 and 16 times the corpus, to see that cost grows linearly, and the wall time of a cold
 * {@code ./hearsay analyze} of one article. Run it as {@code ./hearsay bench --gold DIR [--seed FILE]}.
 * Every worker warms up for the same time before it is timed (see {@link Worker}).
 */
public final class Bench {

    /** The JVM options the launcher uses, so the worker measures what a user runs. */
    static final String HEARSAY_JVM = System.getenv().getOrDefault("HEARSAY_JAVA_OPTS", "-Xmx1536m -XX:+UseParallelGC -Xss4m");
    /** CoreNLP's statistical coreference needs room; it gets all it can use. */
    static final String CORENLP_JVM = "-Xmx10g -XX:+UseParallelGC -Xss4m";

    private Bench() {
    }

    record Run(String engine, int scale, int threads, double load, double seconds, long tokens, int articles, long peakRssKb) {
        double tokensPerSecond() {
            return tokens / seconds;
        }

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("web")) {
            WebLoad.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Map<String, String> opts = options(args);
        Path gold = Path.of(require(opts, "--gold"));
        int threads = Integer.parseInt(opts.getOrDefault("--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean baseline = !opts.containsKey("--skip-baseline");
        List<Integer> scales = Arrays.stream(opts.getOrDefault("--scales", "4,16").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        System.out.printf("hearsay bench: %s, %d threads, %d cores, %s, Java %s%n", gold, threads,
                Runtime.getRuntime().availableProcessors(), cpuName(), System.getProperty("java.version"));

        List<Run> runs = new ArrayList<>();
        runs.add(worker("hearsay", gold, 1, threads));
        if (baseline) {
            // CoreNLP as the reference ran it (one annotation at a time), then given every core
            runs.add(worker("corenlp", gold, 1, 1));
            runs.add(worker("hearsay", gold, 1, threads));
            if (threads > 1) {
                try {
                    runs.add(worker("corenlp", gold, 1, threads));
                } catch (IOException e) {
                    // CoreNLP's quote attribution is not thread-safe (an NPE in DeterministicSpeakerSieve, now
                    // and then): the run is reported as failed and the bench goes on
                    System.out.println("    corenlp on " + threads + " threads failed (" + e.getMessage() + "); not reported");
                }
            }
        }
        for (int scale : scales) {
            runs.add(worker("hearsay", gold, scale, threads));
        }
        List<Double> cold = new ArrayList<>();
        if (opts.containsKey("--seed")) {
            cold = coldStarts(Path.of(opts.get("--launcher") == null ? "./hearsay" : opts.get("--launcher")),
                    Path.of(opts.get("--seed")), Integer.parseInt(opts.getOrDefault("--cold-runs", "5")));
        }
        report(runs, cold);
    }

    private static Run worker(String engine, Path gold, int scale, int threads) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList((engine.equals("corenlp") ? CORENLP_JVM : HEARSAY_JVM).trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Worker.class.getName(), engine, gold.toString(),
                String.valueOf(scale), String.valueOf(threads)));
        System.out.printf("  running %s over %d× the corpus on %d threads...%n", engine, scale, threads);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IOException(engine + " worker failed with exit code " + p.exitValue());
        }
        Map<String, String> f = new HashMap<>();
        for (String kv : result.substring(7).split(" ")) {
            String[] x = kv.split("=", 2);
            f.put(x[0], x[1]);
        }
        Run run = new Run(engine, scale, threads, Double.parseDouble(f.get("load")), Double.parseDouble(f.get("seconds")),
                Long.parseLong(f.get("tokens")), Integer.parseInt(f.get("articles")), Long.parseLong(f.get("peakRssKb")));
        System.out.printf(Locale.ROOT, "    %s ×%d, %d threads: %.0f tokens/s, %.2f articles/s, load %.1f s, peak RSS %.0f MiB%n",
                engine, scale, threads, run.tokensPerSecond(), run.articlesPerSecond(), run.load(), run.peakRssKb() / 1024.0);
        return run;
    }

    /** Wall seconds of {@code launcher analyze seed}, each in a new process; one untimed run first checks the build. */
    private static List<Double> coldStarts(Path launcher, Path seed, int n) throws IOException, InterruptedException {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(launcher.toString(), "analyze", seed.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IOException(launcher + " analyze " + seed + " failed with exit code " + p.exitValue());
            }
            if (i > 0) {
                out.add((System.nanoTime() - t) / 1e9);
            }
        }
        return out;
    }

    private static void report(List<Run> runs, List<Double> cold) {
        List<Run> hearsay = runs.stream().filter(r -> r.engine.equals("hearsay") && r.scale == 1).toList();
        double hearsayRate = hearsay.stream().mapToDouble(Run::tokensPerSecond).average().orElse(0);
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| hearsay, tokens/s (×1, mean of %d runs) | %.0f |%n", hearsay.size(), hearsayRate);
        System.out.printf(Locale.ROOT, "| hearsay, articles/s | %.2f |%n",
                hearsay.stream().mapToDouble(Run::articlesPerSecond).average().orElse(0));
        runs.stream().filter(r -> r.engine.equals("corenlp")).forEach(c -> {
            String how = c.threads == 1 ? "one thread, its default" : c.threads + " threads";
            System.out.printf(Locale.ROOT, "| CoreNLP quote pipeline (%s), tokens/s | %.0f |%n", how, c.tokensPerSecond());
            System.out.printf(Locale.ROOT, "| CoreNLP quote pipeline (%s), articles/s | %.3f |%n", how, c.articlesPerSecond());
            System.out.printf(Locale.ROOT, "| **ratio, hearsay / CoreNLP (%s)** | **%.1f×** |%n", how, hearsayRate / c.tokensPerSecond());
        });
        runs.stream().filter(r -> r.engine.equals("corenlp")).findFirst().ifPresent(c ->
                System.out.printf(Locale.ROOT, "| CoreNLP start-up (model loading), s | %.1f |%n", c.load()));
        System.out.printf(Locale.ROOT, "| hearsay start-up (model loading), s | %.1f |%n",
                hearsay.stream().mapToDouble(Run::load).average().orElse(0));
        for (Run r : runs) {
            if (r.engine.equals("hearsay") && r.scale > 1) {
                System.out.printf(Locale.ROOT, "| hearsay ×%d corpus, tokens/s (vs ×1) | %.0f (%+.1f%%) |%n", r.scale,
                        r.tokensPerSecond(), 100 * (r.tokensPerSecond() / hearsayRate - 1));
            }
        }
        System.out.printf(Locale.ROOT, "| hearsay peak resident memory, MiB (largest run) | %.0f |%n",
                runs.stream().filter(r -> r.engine.equals("hearsay")).mapToLong(Run::peakRssKb).max().orElse(0) / 1024.0);
        if (!cold.isEmpty()) {
            List<Double> sorted = cold.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "| `./hearsay analyze` of one article, cold, wall s (median of %d; min–max) | %.2f (%.2f–%.2f) |%n",
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    private static String cpuName() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown CPU";
        }
        return "unknown CPU";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            if (a.equals("--skip-baseline")) {
                m.put(a, "true");
            } else if (i + 1 < args.length) {
                m.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        for (String k : m.keySet()) {
            if (!List.of("--gold", "--threads", "--skip-baseline", "--scales", "--seed", "--launcher", "--cold-runs").contains(k)) {
                throw new IllegalArgumentException("unknown option " + k + " (known: --gold --threads --skip-baseline --scales --seed --launcher --cold-runs)");
            }
        }
        return m;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            throw new IllegalArgumentException("usage: ./hearsay bench --gold DIR [--seed FILE] [--threads N] [--scales 4,16] [--skip-baseline]");
        }
        return v;
    }
}
