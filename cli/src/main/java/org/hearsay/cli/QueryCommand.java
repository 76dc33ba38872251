package org.hearsay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.hearsay.store.Answers;
import org.hearsay.store.Answers.Count;
import org.hearsay.store.Answers.OutletReport;
import org.hearsay.store.Answers.Quote;
import org.hearsay.store.Answers.SearchHit;
import org.hearsay.store.Answers.SpeakerCount;
import org.hearsay.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "query", description = "Ask the store: who is cited most, what one speaker said, full-text search, whom an outlet cites.",
        subcommands = {QueryCommand.Speakers.class, QueryCommand.Quotes.class, QueryCommand.Search.class, QueryCommand.Outlet.class})
final class QueryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which question: speakers, quotes, search, outlet");
    }

    /** What every question takes: the store, the output format, how many rows. */
    static final class Common {
        @Option(names = "--db", defaultValue = "hearsay.db", description = "The store (default: ${DEFAULT-VALUE}).")
        Path db;

        @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--limit", defaultValue = "20", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
        int limit;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        Store open() {
            if (!List.of("text", "json", "csv").contains(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format is text, json or csv, not '" + format + "'");
            }
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
            }
            if (!Files.exists(db)) {
                throw new CommandLine.ParameterException(spec.commandLine(), db + ": no such store; make one with ./hearsay ingest --db " + db + " INPUT...");
            }
            return Store.open(db);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Writes rows as the chosen format: JSON of the values, CSV of the cells, or the text lines. */
        void print(Object value, List<String> header, List<List<String>> cells, List<String> text) {
            PrintWriter out = out();
            switch (format) {
                case "json" -> {
                    try {
                        out.println(new ObjectMapper().registerModule(new Jdk8Module()).enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(value));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case "csv" -> {
                    out.println(csv(header));
                    cells.forEach(row -> out.println(csv(row)));
                }
                default -> text.forEach(out::println);
            }
            out.flush();
        }

        private static String csv(List<String> row) {
            List<String> quoted = new ArrayList<>();
            for (String c : row) {
                String v = c == null ? "" : c;
                quoted.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            return String.join(",", quoted);
        }
    }

    @Command(name = "speakers", description = "The most-cited speakers, with how many articles and outlets cite them.")
    static final class Speakers implements Callable<Integer> {
        @Mixin
        Common common;

        @Override
        public Integer call() {
            try (Store store = common.open()) {
                List<SpeakerCount> rows = store.speakers(common.limit);
                List<List<String>> cells = rows.stream().map(r -> List.of(r.name(), r.type(), String.valueOf(r.attributions()),
                        String.valueOf(r.articles()), String.valueOf(r.outlets()))).toList();
                List<String> text = new ArrayList<>();
                text.add(String.format("%-40s %-12s %8s %8s %8s", "speaker", "type", "cited", "articles", "outlets"));
                rows.forEach(r -> text.add(String.format("%-40s %-12s %8d %8d %8d", clip(r.name(), 40), r.type(), r.attributions(), r.articles(), r.outlets())));
                common.print(rows, List.of("speaker", "type", "attributions", "articles", "outlets"), cells, text);
                return 0;
            }
        }
    }

    @Command(name = "quotes", description = "Everything one speaker is reported to have said, oldest first, with outlet, date and chain.")
    static final class Quotes implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--speaker", required = true, description = "A name or alias (\"the Times\"), or part of a name.")
        String speaker;

        @Override
        public Integer call() {
            try (Store store = common.open()) {
                List<Quote> all = store.quotes(speaker);
                List<Quote> rows = all.subList(0, Math.min(all.size(), common.limit));
                List<List<String>> cells = rows.stream().map(q -> List.of(q.published().orElse(""), q.outlet().orElse(""),
                        q.title().orElse(""), q.kind(), q.cue().orElse(""), q.content(), String.join(" → ", q.chain()))).toList();
                List<String> text = new ArrayList<>();
                if (all.isEmpty()) {
                    text.add("No speaker called '" + speaker + "' in " + common.db + ".");
                } else {
                    text.add(all.size() + " attributions" + (all.size() > rows.size() ? ", the oldest " + rows.size() + " shown" : "") + ":");
                }
                for (Quote q : rows) {
                    text.add("");
                    text.add(q.published().orElse("(no date)") + " · " + q.outlet().orElse("(no outlet)") + " · " + q.title().orElse("article " + q.article())
                            + " [" + q.article() + "/" + q.localId() + "]");
                    text.add("  " + q.cue().orElse("(no cue)") + " · " + q.kind() + q.role().map(r -> " · as " + r).orElse(""));
                    text.add("  " + clip(q.content(), 300));
                    text.add("  chain: " + String.join(" → ", q.chain()));
                }
                common.print(rows, List.of("published", "outlet", "title", "kind", "cue", "content", "chain"), cells, text);
                return all.isEmpty() ? 1 : 0;
            }
        }
    }

    @Command(name = "search", description = "Full-text search over what was said and who said it; every word must occur.")
    static final class Search implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find.")
        List<String> words;

        @Override
        public Integer call() {
            boolean colour = "text".equals(common.format) && System.console() != null && System.getenv("NO_COLOR") == null;
            try (Store store = common.open()) {
                List<SearchHit> rows = store.search(String.join(" ", words), common.limit);
                List<List<String>> cells = rows.stream().map(h -> List.of(h.published().orElse(""), h.outlet().orElse(""),
                        h.title().orElse(""), h.speaker(), plain(h.snippet(), "[", "]"))).toList();
                List<String> text = new ArrayList<>();
                if (rows.isEmpty()) {
                    text.add("Nothing found for '" + String.join(" ", words) + "'.");
                }
                for (SearchHit h : rows) {
                    text.add(h.speaker() + " · " + h.published().orElse("(no date)") + " · " + h.outlet().orElse("(no outlet)") + " · "
                            + h.title().orElse("article " + h.article()) + " [" + h.article() + "/" + h.localId() + "]");
                    text.add("  " + (colour ? plain(h.snippet(), "\u001b[1;33m", "\u001b[0m") : plain(h.snippet(), "[", "]")));
                }
                List<SearchHit> json = rows.stream().map(h -> new SearchHit(h.article(), h.localId(), h.title(), h.outlet(), h.published(),
                        h.speaker(), plain(h.snippet(), "<mark>", "</mark>"))).toList();
                common.print(json, List.of("published", "outlet", "title", "speaker", "snippet"), cells, text);
                return 0;
            }
        }

        private static String plain(String snippet, String open, String close) {
            return snippet.replace(Answers.MARK_START, open).replace(Answers.MARK_END, close);
        }
    }

    @Command(name = "outlet", description = "Whom an outlet cites, and through which relays (AP, Reuters...) claims reach it.")
    static final class Outlet implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(paramLabel = "NAME", description = "The outlet, as the articles name it.")
        String name;

        @Override
        public Integer call() {
            try (Store store = common.open()) {
                Optional<OutletReport> report = store.outlet(name, common.limit);
                if (report.isEmpty()) {
                    List<String> known = store.outlets().stream().limit(12).map(Count::name).toList();
                    common.spec.commandLine().getErr().println("hearsay: no articles from '" + name + "' in " + common.db
                            + (known.isEmpty() ? "" : "; outlets there: " + String.join(", ", known)));
                    return 1;
                }
                OutletReport r = report.get();
                List<List<String>> cells = new ArrayList<>();
                r.cited().forEach(c -> cells.add(List.of("cited", c.name(), String.valueOf(c.count()))));
                r.relays().forEach(c -> cells.add(List.of("relay", c.name(), String.valueOf(c.count()))));
                List<String> text = new ArrayList<>();
                text.add(r.outlet() + ": " + r.articles() + " articles, " + r.attributions() + " attributions");
                text.add("");
                text.add("cites most:");
                r.cited().forEach(c -> text.add(String.format("  %5d  %s", c.count(), c.name())));
                text.add("");
                text.add(r.relays().isEmpty() ? "no claims relayed through another source" : "claims relayed through:");
                r.relays().forEach(c -> text.add(String.format("  %5d  %s", c.count(), c.name())));
                common.print(r, List.of("what", "name", "count"), cells, text);
                return 0;
            }
        }
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
