package org.hearsay.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.hearsay.Analyzer;
import org.hearsay.format.JsonFormat;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import org.hearsay.store.Answers.SearchFilter;
import org.hearsay.store.Store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The web app: pages to read a store through its sources, and the JSON API they use (see
 * docs/api.md). It reads the store and never fetches a URL a user gives; only {@code POST /api/analyze}
 * runs the pipeline, bounded in size, time and how many run at once.
 */
public final class WebApp {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Store store;
    private final Supplier<Analyzer> analyzer;
    private final ServerConfig config;
    private final ThreadPoolExecutor analyses;
    private final JsonFormat hearsayJson = new JsonFormat();

    private WebApp(Store store, Supplier<Analyzer> analyzer, ServerConfig config) {
        this.store = store;
        this.analyzer = analyzer;
        this.config = config;
        // two at once on two cores; a few more wait; the rest are told the server is busy
        this.analyses = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), r -> {
            Thread t = new Thread(r, "hearsay-analyse");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the web app over {@code store}. {@code analyzer} is asked for the pipeline on the first
     * analysis (pass a memoizing supplier). Stop it with {@link Javalin#stop()}.
     */
    public static Javalin start(Store store, Supplier<Analyzer> analyzer, ServerConfig config) {
        WebApp app = new WebApp(store, analyzer, config);
        Javalin javalin = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxAnalyzeBytes() + 1;
            c.startup.showJavalinBanner = false;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/static";
                sf.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            app.routes(c.routes);
        });
        javalin.start();
        return javalin;
    }

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        r.get("/", ctx -> ctx.html(Pages.page("home", "Articles", "")));
        r.get("/articles/{id}", ctx -> pageWithId(ctx, "article", "Article"));
        r.get("/speakers", ctx -> ctx.html(Pages.page("speakers", "Speakers", "")));
        r.get("/speakers/{id}", ctx -> pageWithId(ctx, "speaker", "Speaker"));
        r.get("/graph", ctx -> ctx.html(Pages.page("graph", "Sources graph", "")));
        r.get("/search", ctx -> ctx.html(Pages.page("search", "Search", "")));
        r.get("/analyze", ctx -> ctx.html(Pages.page("analyze", "Analyse", "")));

        r.get("/api/articles", ctx -> send(ctx, Map.of("articles",
                store.articles(text(ctx, "outlet"), limit(ctx, 50), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE)))));
        r.get("/api/articles/{id}", ctx -> send(ctx, store.articleView(id(ctx))
                .orElseThrow(() -> new ApiError(404, "no article " + ctx.pathParam("id") + " in the store"))));
        r.get("/api/speakers", ctx -> send(ctx, Map.of("speakers", store.speakers(limit(ctx, 50)))));
        r.get("/api/speakers/{id}", ctx -> send(ctx, store.speaker(id(ctx))
                .orElseThrow(() -> new ApiError(404, "no speaker " + ctx.pathParam("id") + " in the store"))));
        r.get("/api/outlets", ctx -> send(ctx, Map.of("outlets", store.outlets())));
        r.get("/api/graph", ctx -> send(ctx, Map.of("edges", store.citations(limit(ctx, 80)))));
        r.get("/api/search", this::search);
        r.post("/api/analyze", this::analyze);

        r.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "internal error: " + e));
        r.error(404, "*", ctx -> {
            String already = ctx.result() == null ? "" : ctx.result();
            if (already.startsWith("{")) {
                return; // an API error of ours, said already
            }
            if (ctx.path().startsWith("/api/")) {
                fail(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see docs/api.md)");
            } else if (!already.startsWith("<!DOCTYPE")) {
                ctx.html(Pages.page("missing", "Not found", ctx.path()));
            }
        });
    }

    /** A page about one thing; a path that is no id gets the not-found page (escaped), not an error. */
    private static void pageWithId(Context ctx, String kind, String title) {
        String raw = ctx.pathParam("id");
        if (raw.matches("\\d{1,18}")) {
            ctx.html(Pages.page(kind, title, raw));
        } else {
            ctx.status(404).html(Pages.page("missing", "Not found", ctx.path()));
        }
    }

    private void search(Context ctx) throws JsonProcessingException {
        String q = text(ctx, "q").orElseThrow(() -> new ApiError(400, "search needs words: ?q=..."));
        SearchFilter filter = new SearchFilter(text(ctx, "outlet"), text(ctx, "speaker"), date(ctx, "from"), date(ctx, "to"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("hits", store.search(q, filter, limit(ctx, 50)));
        send(ctx, out);
    }

    /** Bodies over the limit but under this are read and dropped before the 413; larger ones get the connection closed. */
    private static final long DRAINED_AT_MOST = 16L * 1024 * 1024;

    private void analyze(Context ctx) throws Exception {
        String length = ctx.header("Content-Length");
        long declared = length != null && length.matches("\\d+") ? Long.parseLong(length) : -1;
        if (declared > config.maxAnalyzeBytes()) {
            if (declared <= DRAINED_AT_MOST) {
                // read what the client is still sending, so it reads the 413 instead of a reset connection
                ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            throw new ApiError(413, "the request is " + length + " bytes; at most " + config.maxAnalyzeBytes() + " are taken");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > config.maxAnalyzeBytes()) {
            throw new ApiError(413, "the request is over " + config.maxAnalyzeBytes() + " bytes");
        }
        JsonNode req;
        try {
            req = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (req == null || !req.isObject() || !req.path("text").isTextual() || req.path("text").asText().isBlank()) {
            throw new ApiError(400, "send {\"text\": \"the article\"}, optionally with title, outlet, published (YYYY-MM-DD) and save (true to store it)");
        }
        String text = req.path("text").asText();
        Optional<LocalDate> published = field(req, "published").map(d -> parseDate("published", d));
        DocumentInfo info = new DocumentInfo(Analyzer.idOf(text), field(req, "title"), published, field(req, "outlet"), Optional.empty());
        Future<Analysis> job;
        try {
            job = analyses.submit(() -> analyzer.get().analyze(info, text));
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, "the server is busy analysing other articles; try again in a few seconds");
        }
        Analysis analysis;
        try {
            analysis = job.get(config.analyzeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ApiError(503, "the analysis took longer than " + config.analyzeTimeout().toSeconds() + " s and was stopped; send a shorter text");
        } catch (ExecutionException e) {
            throw new ApiError(500, "the analysis failed: " + e.getCause());
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("analysis", JSON.readTree(hearsayJson.write(analysis)));
        if (req.path("save").asBoolean(false)) {
            long id = store.put("web: analyse page", analysis).or(() -> store.idOf(text))
                    .orElseThrow(() -> new ApiError(500, "the article was not stored"));
            out.put("saved", id);
        } else {
            out.putNull("saved");
        }
        send(ctx, out);
    }

    private static Optional<String> field(JsonNode n, String name) {
        JsonNode v = n.path(name);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiError(404, "'" + raw + "' is not an id (ids are whole numbers)");
        }
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int limit(Context ctx, int otherwise) {
        return intParam(ctx, "limit", otherwise, 1, 500);
    }

    private static int intParam(Context ctx, String name, int otherwise, int min, int max) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) {
            return otherwise;
        }
        try {
            int v = Integer.parseInt(raw.get());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ApiError(400, name + " must be a whole number from " + min + " to " + max + ", was '" + raw.get() + "'");
    }

    private static Optional<String> date(Context ctx, String name) {
        return text(ctx, name).map(d -> parseDate(name, d).toString());
    }

    private static LocalDate parseDate(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name + " must be a date as YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static void send(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
    }

    private static void fail(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.status(status).result(message);
        }
    }
}
