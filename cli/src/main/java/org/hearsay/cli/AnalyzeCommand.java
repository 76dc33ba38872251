package org.hearsay.cli;

import org.hearsay.Analyzer;
import org.hearsay.Hearsay;
import org.hearsay.ingest.InputText;
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

    @CommandLine.Mixin
    BatchOptions batch;

    @CommandLine.Mixin
    CueModelOption cueModel;

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
    String color;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** English news text runs at about six bytes a token. */
    static final long BYTES_PER_TOKEN = 6;

    /** One thing to analyse: a name for messages and output files, and how to read it. */
    private record Input(String label, String name, Path path) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        batch.threads(); // a bad --threads is a usage error before any work
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
        if (items.isEmpty()) {
            err.flush();
            return failed ? 1 : 0;
        }
        // a few articles: start fast; an archive: pay more start-up once for faster parsing
        long bytes = 0;
        for (Input item : items) {
            bytes += item.path == null ? 0 : Files.size(item.path);
        }
        Analyzer analyzer = cueModel.apply(Hearsay.builder()).expectedTokens(bytes / BYTES_PER_TOKEN).build();
        boolean showProgress = items.size() > 1 && System.console() != null && !"never".equals(color);
        try (Progress progress = showProgress ? Progress.onTerminal(items.size()) : Progress.none()) {
            failed |= !analyzeAll(analyzer, items, date, colour, stdout, err, progress);
        }
        stdout.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    /** Reads, analyses and writes every input, {@code --threads} at a time, writing results in input order. */
    private boolean analyzeAll(Analyzer analyzer, List<Input> items, Optional<LocalDate> date, boolean colour,
                               PrintWriter stdout, PrintWriter err, Progress progress) throws InterruptedException {
        boolean[] ok = {true};
        try (Window<Outcome> window = new Window<>(Math.min(batch.threads(), items.size()), o -> {
            if (o.error != null) {
                progress.clearLine();
                err.println("hearsay: " + o.item.label + ": " + o.error);
                err.flush();
                ok[0] = false;
            } else {
                try {
                    write(o.item, o.rendered, o.text, stdout);
                } catch (IOException e) {
                    progress.clearLine();
                    err.println("hearsay: " + o.item.label + ": cannot write output: " + e.getMessage());
                    ok[0] = false;
                }
            }
            progress.step(o.words);
        })) {
            for (Input item : items) {
                window.submit(() -> analyzeOne(analyzer, item, date, colour));
            }
            window.drain();
        }
        return ok[0];
    }

    /** What became of one input: its rendered output, or why there is none. */
    private record Outcome(Input item, String rendered, String text, String error, long words) {
    }

    private Outcome analyzeOne(Analyzer analyzer, Input item, Optional<LocalDate> date, boolean colour) {
        String text;
        try {
            text = item.path == null ? InputText.read(System.in, batch.maxSize) : InputText.read(item.path, batch.maxSize);
        } catch (InputText.InputException e) {
            return new Outcome(item, null, null, e.getMessage(), 0);
        } catch (IOException e) {
            return new Outcome(item, null, null, "cannot read: " + e.getMessage(), 0);
        }
        DocumentInfo info = new DocumentInfo(item.name, Optional.ofNullable(title), date, Optional.ofNullable(outlet), Optional.ofNullable(url));
        try {
            Analysis a = analyzer.analyze(info, text);
            return new Outcome(item, format.render(a, colour), text, null, Progress.words(text));
        } catch (RuntimeException e) {
            return new Outcome(item, null, null, "analysis failed: " + e, 0);
        }
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

    private void write(Input item, String rendered, String text, PrintWriter stdout) throws IOException {
        if (out == null) {
            stdout.print(rendered);
            stdout.flush();
            return;
        }
        Files.writeString(out.resolve(item.name + format.extension()), rendered, StandardCharsets.UTF_8);
        if (format == OutputFormat.BRAT) {
            // brat opens NAME.ann beside NAME.txt
            Path textFile = out.resolve(item.name + ".txt");
            if (item.path == null || !Files.exists(textFile) || !Files.isSameFile(textFile, item.path)) {
                Files.writeString(textFile, text, StandardCharsets.UTF_8);
            }
        }
    }
}
