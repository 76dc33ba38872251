package org.hearsay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, then query, through the command line, with the real pipeline and a real SQLite file. */
class IngestCommandTest {

    static final String STRIKE = """
            VALMORA — Dockworkers at the port of Valmora will stay on strike, union leader Marta Iliescu said on Monday.

            “We have waited three years for a fair contract,” Iliescu told reporters outside the harbour gates.

            According to the Valmora Herald, port officials said the authority had hired replacement crews.
            """;

    static final String FERRY = """
            The ferry company will cut its winter crossings, its director Paolo Ferrante said on Tuesday.

            Iliescu said the union would support the ferry crews if they were asked to work longer shifts.
            """;

    @Test
    void ingestsEveryKindReportsFailuresAndResumes(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("strike.txt"), STRIKE);
        Files.writeString(in.resolve("batch.jsonl"), "{\"text\": " + json(FERRY) + ", \"outlet\": \"Port Weekly\", \"published\": \"2026-03-04\", \"title\": \"Ferries\"}\n"
                + "not json at all\n");
        Files.writeString(in.resolve("page.html"), "<html><head><title>Pilots</title><meta property=\"og:site_name\" content=\"Harbour Watch\"></head><body>"
                + "<article><p>Harbour pilots warned on Wednesday that the breakwater lights had failed twice this winter, and said ships would wait outside.</p>"
                + "<p>The port authority said repairs would begin next week, according to a statement from its press office.</p></article></body></html>");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("broken.rss"), "<rss><channel><item>");
        Path meta = Files.writeString(dir.resolve("meta.tsv"), "filename\ttitle\tpublisher\tpublication_date\nstrike\tStrike goes on\tValmora Herald\t2026-03-02\n");
        Path db = dir.resolve("h.db");

        Cli first = Cli.run("ingest", "--db", db.toString(), "--metadata", meta.toString(), in.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("3 new articles").contains("3 failed")
                .contains("batch.jsonl:2: is not JSON").contains("empty.txt: is empty").contains("broken.rss: is not a readable RSS");
        assertThat(first.err()).contains("empty.txt");

        Cli again = Cli.run("ingest", "--db", db.toString(), "--metadata", meta.toString(), in.toString());
        assertThat(again.out()).contains("0 new articles").contains("3 already stored").contains("holds 3 articles");

        Cli speakers = Cli.run("query", "speakers", "--db", db.toString());
        assertThat(speakers.exit()).as(speakers.err()).isZero();
        assertThat(speakers.out()).contains("Marta Iliescu");

        Cli quotes = Cli.run("query", "quotes", "--db", db.toString(), "--speaker", "Iliescu");
        assertThat(quotes.exit()).as(quotes.err()).isZero();
        // oldest first: the Herald's story of 2 March before Port Weekly's of 4 March, surname resolved across articles
        assertThat(quotes.out()).contains("2026-03-02 · Valmora Herald · Strike goes on").contains("We have waited three years");
        assertThat(quotes.out().indexOf("2026-03-02")).isLessThan(quotes.out().indexOf("2026-03-04"));
        assertThat(quotes.out()).contains("the union would support the ferry crews");

        Cli search = Cli.run("query", "search", "--db", db.toString(), "--format", "csv", "replacement", "crews");
        assertThat(search.out()).startsWith("published,outlet,title,speaker,snippet").contains("[replacement] [crews]");

        Cli outlet = Cli.run("query", "outlet", "--db", db.toString(), "--format", "json", "valmora herald");
        assertThat(outlet.exit()).as(outlet.err()).isZero();
        assertThat(outlet.out()).contains("\"outlet\" : \"Valmora Herald\"").contains("\"relays\"").contains("Valmora Herald");

        Cli unknown = Cli.run("query", "outlet", "--db", db.toString(), "Nobody's Gazette");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no articles from 'Nobody's Gazette'").contains("Port Weekly");

        Cli noStore = Cli.run("query", "speakers", "--db", dir.resolve("none.db").toString());
        assertThat(noStore.exit()).isEqualTo(2);
        assertThat(noStore.err()).contains("no such store");
    }

    @Test
    void aFiftyMegabyteInputIsRefusedAndTheRestIngested(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "The council said the harbour would stay open through the winter.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(in.resolve("small.txt"), FERRY);
        Cli r = Cli.run("ingest", "--db", dir.resolve("h.db").toString(), in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("1 new articles").contains("huge.txt: is 50.0 MB, over the 10.0 MB limit");
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
