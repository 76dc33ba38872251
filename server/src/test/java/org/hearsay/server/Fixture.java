package org.hearsay.server;

import io.javalin.Javalin;
import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.model.DocumentInfo;
import org.hearsay.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One store and one running server for all the web tests of a run, on a free loopback port: the
 * project's example article, a second one, and one full of hostile markup in its text and metadata.
 */
final class Fixture {

    static final String HOSTILE_TITLE = "<script>window.__pwned='title'</script>Harbour notes";
    private static Fixture instance;

    final Path dir;
    final Store store;
    final Analyzer analyzer;
    final Javalin app;
    final long valmora;
    final long ferry;
    final long hostile;

    private Fixture() throws IOException {
        dir = Files.createTempDirectory("hearsay-web");
        analyzer = Hearsay.builder().build();
        store = Store.open(dir.resolve("web.db"));
        valmora = put(Files.readString(Path.of("../examples/valmora-port-strike.txt")), "Dockworkers shut Valmora port as pay talks collapse",
                "Harbour Wire", "2026-03-02", "https://harbour-wire.example/valmora-strike");
        ferry = put(resource("ferry-cuts.txt"), "Ferry company cuts winter crossings to Orsa", "Valmora Herald", "2026-03-04",
                "https://herald.example/ferry");
        hostile = put(resource("hostile-markup.txt"), HOSTILE_TITLE, "<img src=x onerror=\"window.__pwned='outlet'\">", "2026-03-05",
                "javascript:window.__pwned='url'");
        app = WebApp.start(store, () -> analyzer, ServerConfig.defaults().withPort(0));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
        }));
    }

    static synchronized Fixture get() {
        if (instance == null) {
            try {
                instance = new Fixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private long put(String text, String title, String outlet, String date, String url) {
        DocumentInfo info = new DocumentInfo(Analyzer.idOf(text), Optional.of(title), Optional.of(LocalDate.parse(date)),
                Optional.of(outlet), Optional.of(url));
        return store.put("test:" + title, analyzer.analyze(info, text)).orElseGet(() -> store.idOf(text).orElseThrow());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Fixture.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
