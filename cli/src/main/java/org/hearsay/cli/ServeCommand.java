package org.hearsay.cli;

import io.javalin.Javalin;
import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.server.ServerConfig;
import org.hearsay.server.WebApp;
import org.hearsay.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Read the store in a browser: articles with their sources, speakers, who cites whom, search, analyse.",
        footer = {"", "Binds to 127.0.0.1 unless --host says otherwise. The JSON API is described in docs/api.md."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", defaultValue = "hearsay.db", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-request", converter = ByteSize.class, defaultValue = "256KB",
            description = "The largest article POST /api/analyze takes (default: ${DEFAULT-VALUE}).")
    long maxRequest;

    @Option(names = "--analyze-timeout", defaultValue = "30", description = "Seconds one analysis may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(db)) {
            spec.commandLine().getErr().println("hearsay: " + db + ": no such store yet; it will be made (ingest into it, or save from the Analyse page)");
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, maxRequest, Duration.ofSeconds(timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Lazy<Analyzer> analyzer = new Lazy<>(() -> Hearsay.builder().build());
        Thread warm = new Thread(analyzer::get, "hearsay-model-warmup"); // the first analysis need not wait for the models
        warm.setDaemon(true);
        warm.start();
        try (Store store = Store.open(db)) {
            Javalin app = WebApp.start(store, analyzer, config);
            spec.commandLine().getOut().printf("hearsay: serving %s at http://%s:%d/ (Ctrl-C stops)%n", db, host, app.port());
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }
}
