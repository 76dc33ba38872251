package org.hearsay.cli;

import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

@Command(name = "analyze", description = "Find who said what in news articles.",
        footer = {"", "INPUT is a UTF-8 text file, a folder of .txt files, or - for standard input.",
                "Exit code 1 when some input could not be analysed; the others still are."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--title", description = "The article's title.")
    String title;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date.")
    String published;

    @Option(names = "--outlet", description = "Who published it.")
    String outlet;

    @Option(names = "--url", description = "Where it was published.")
    String url;

    @Option(names = "--format", defaultValue = "text", description = "text, json, citron or brat (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.<ext> per input instead of standard output.")
    Path out;

    @Option(names = "--threads", description = "Articles analysed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", converter = ByteSize.class, defaultValue = "10MB",
            description = "Larger inputs are refused (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
    String color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Up to this much text (a handful of articles) the models are loaded for a quick start. */
    static final long QUICK_START_CHARS = 60_000;

    /** One thing to analyse: a name for messages and output files, and how to read it. */
    private record Input(String label, String name, Path path) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        Optional<LocalDate> date = parseDate();
        if (out != null) {
            Files.createDirectories(out);
        }
        boolean failed = false;
        List<Input> items = new ArrayList<>();
        for (String in : inputs) {
            failed |= !expand(in, items, err);
        }
        boolean colour = switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> out == null && format == OutputFormat.TEXT && System.console() != null
                    && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--color is auto, always or never, not '" + color + "'");
        };
        // read and check every input before the models load: a batch of bad files fails in a blink
        List<Input> good = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Input item : items) {
            try {
                texts.add(item.path == null ? InputText.read(System.in, maxSize) : InputText.read(item.path, maxSize));
                good.add(item);
            } catch (InputText.InputException e) {
                err.println("hearsay: " + item.label + ": " + e.getMessage());
                failed = true;
            } catch (IOException e) {
                err.println("hearsay: " + item.label + ": cannot read: " + e.getMessage());
                failed = true;
            }
        }
        if (good.isEmpty()) {
            err.flush();
            return failed ? 1 : 0;
        }
        // a few articles: start fast; a batch: pay the parser's start-up once for faster parsing
        long chars = texts.stream().mapToLong(String::length).sum();
        Analyzer analyzer = Hearsay.builder().quickStart(chars <= QUICK_START_CHARS).build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, good.size()));
        try {
            List<Future<Analysis>> results = new ArrayList<>();
            for (int i = 0; i < good.size(); i++) {
                Input item = good.get(i);
                String text = texts.get(i);
                DocumentInfo info = new DocumentInfo(item.name, Optional.ofNullable(title), date, Optional.ofNullable(outlet), Optional.ofNullable(url));
                results.add(pool.submit(() -> analyzer.analyze(info, text)));
            }
            for (int i = 0; i < good.size(); i++) {
                Input item = good.get(i);
                try {
                    Analysis a = results.get(i).get();
                    write(item, a, colour, stdout);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    err.println("hearsay: " + item.label + ": analysis failed: " + cause);
                    failed = true;
                } catch (IOException e) {
                    err.println("hearsay: " + item.label + ": cannot write output: " + e.getMessage());
                    failed = true;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        stdout.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private Optional<LocalDate> parseDate() {
        if (published == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--published wants YYYY-MM-DD, not '" + published + "'");
        }
    }

    private boolean expand(String in, List<Input> items, PrintWriter err) throws IOException {
        if (in.equals("-")) {
            items.add(new Input("standard input", "stdin", null));
            return true;
        }
        Path p = Path.of(in);
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                List<Path> txts = files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().toList();
                if (txts.isEmpty()) {
                    err.println("hearsay: " + in + ": no .txt files in this folder");
                    return false;
                }
                for (Path f : txts) {
                    items.add(new Input(f.toString(), nameOf(f), f));
                }
            }
            return true;
        }
        if (!Files.exists(p)) {
            err.println("hearsay: " + in + ": no such file");
            return false;
        }
        items.add(new Input(in, nameOf(p), p));
        return true;
    }

    private static String nameOf(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }

    private void write(Input item, Analysis a, boolean colour, PrintWriter stdout) throws IOException {
        String rendered = format.render(a, colour);
        if (out == null) {
            stdout.print(rendered);
            stdout.flush();
            return;
        }
        Files.writeString(out.resolve(item.name + format.extension()), rendered, StandardCharsets.UTF_8);
        if (format == OutputFormat.BRAT) {
            // brat opens NAME.ann beside NAME.txt
            Path text = out.resolve(item.name + ".txt");
            if (item.path == null || !Files.exists(text) || !Files.isSameFile(text, item.path)) {
                Files.writeString(text, a.text(), StandardCharsets.UTF_8);
            }
        }
    }
}
