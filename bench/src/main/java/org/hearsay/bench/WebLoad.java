package org.hearsay.bench;

import io.javalin.Javalin;
import org.hearsay.server.ServerConfig;
import org.hearsay.server.WebApp;
import org.hearsay.store.Answers.ArticleSummary;
import org.hearsay.store.Store;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run of the web app on loopback: {@code ./hearsay bench web --db FILE [--clients 20]
 * [--requests 300] [--seconds 120]}. Starts the server over the store on a free 127.0.0.1 port, then
 * each client, on its own thread, asks in turn for an article page, that article's data (what the page
 * fetches) and a search, with a fixed seed. A warm-up round is not counted. Prints p50/p95/p99 per
 * kind of request and the errors. Every client stops after its requests or the time limit.
 */
public final class WebLoad {

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--db") || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: ./hearsay bench web --db FILE [--clients 20] [--requests 300] [--seconds 120]");
        }
        Path db = Path.of(o.get("--db"));
        if (!Files.exists(db)) {
            throw new IllegalArgumentException(db + ": no such store; make one with ./hearsay ingest --db " + db + " ...");
        }
        int clients = Integer.parseInt(o.getOrDefault("--clients", "20"));
        int requests = Integer.parseInt(o.getOrDefault("--requests", "300"));
        Duration limit = Duration.ofSeconds(Long.parseLong(o.getOrDefault("--seconds", "120")));
        try (Store store = Store.open(db)) {
            List<Long> ids = store.articles(Optional.empty(), 100_000, 0).stream().map(ArticleSummary::id).toList();
            List<String> words = searchWords(store, ids);
            Javalin app = WebApp.start(store, () -> {
                throw new IllegalStateException("the load run does not analyse");
            }, ServerConfig.defaults().withPort(0));
            try {
                String base = "http://127.0.0.1:" + app.port();
                System.out.printf("hearsay web load: %s (%d articles), %d clients × %d requests, at most %d s, %s, %d cores%n",
                        db, ids.size(), clients, requests, limit.toSeconds(), base, Runtime.getRuntime().availableProcessors());
                run(base, ids, words, clients, Math.max(30, requests / 10), limit, new Random(1)); // warm-up, not counted
                Map<String, List<Double>> times = run(base, ids, words, clients, requests, limit, new Random(7));
                report(times);
            } finally {
                app.stop();
            }
        }
    }

    /** Words to search for: long words from the contents of a few stored articles, fixed by the seed. */
    private static List<String> searchWords(Store store, List<Long> ids) {
        Random r = new Random(3);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40 && !ids.isEmpty(); i++) {
            store.articleView(ids.get(r.nextInt(ids.size()))).ifPresent(v -> v.attributions().forEach(a -> a.contents().forEach(c ->
                    Arrays.stream(c.text().split("[^\\p{L}]+")).filter(w -> w.length() >= 6).limit(2).forEach(words::add))));
        }
        Collections.shuffle(words, r);
        return words.isEmpty() ? List.of("said") : words.subList(0, Math.min(200, words.size()));
    }

    private static Map<String, List<Double>> run(String base, List<Long> ids, List<String> words, int clients, int requests,
                                                 Duration limit, Random seeds) throws InterruptedException {
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        for (String k : List.of("article page", "article data", "search")) {
            times.put(k, new CopyOnWriteArrayList<>());
        }
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = seeds.nextLong();
            Thread t = new Thread(() -> {
                Random r = new Random(seed);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                    long id = ids.get(r.nextInt(ids.size()));
                    String kind = i % 3 == 0 ? "article page" : i % 3 == 1 ? "article data" : "search";
                    String path = switch (kind) {
                        case "article page" -> "/articles/" + id;
                        case "article data" -> "/api/articles/" + id;
                        default -> "/api/search?q=" + URLEncoder.encode(words.get(r.nextInt(words.size())), StandardCharsets.UTF_8);
                    };
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorSamples.add(resp.statusCode() + " " + path);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorSamples.add(e + " " + path);
                    }
                    times.get(kind).add((System.nanoTime() - t0) / 1e6);
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        times.put("errors", List.of((double) errors.get()));
        if (!errorSamples.isEmpty()) {
            System.out.println("  errors, for example: " + errorSamples.subList(0, Math.min(5, errorSamples.size())));
        }
        return times;
    }

    private static void report(Map<String, List<Double>> times) {
        System.out.println();
        System.out.println("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (String k : List.of("article page", "article data", "search")) {
            List<Double> t = new ArrayList<>(times.get(k));
            Collections.sort(t);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", k, t.size(), pct(t, 50), pct(t, 95), pct(t, 99),
                    t.isEmpty() ? 0 : t.get(t.size() - 1));
        }
        System.out.printf(Locale.ROOT, "| errors | %.0f | | | | |%n", times.get("errors").get(0));
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
