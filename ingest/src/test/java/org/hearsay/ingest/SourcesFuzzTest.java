package org.hearsay.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.netpreserve.jwarc.WarcCompression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Untrusted input, fuzzed: random bytes, and valid pages, feeds, JSON Lines and WARC archives with
 * bytes flipped, cut or inserted. Whatever comes in, a reader never throws; it hands on articles with
 * text, or failures that name the file.
 */
class SourcesFuzzTest {

    private static final Sources SOURCES = new Sources(1 << 20);
    private static Path dir;
    private static byte[] page;
    private static byte[] feed;
    private static byte[] jsonl;
    private static byte[] warc;

    @BeforeContainer
    static void seeds() throws IOException {
        dir = Files.createTempDirectory("hearsay-fuzz");
        page = SourcesTest.page().getBytes(StandardCharsets.UTF_8);
        feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port</title><item><title>Strike</title>"
                + "<description>&lt;p&gt;Union leaders said the strike would continue.&lt;/p&gt;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        jsonl = ("{\"text\": \"The mayor said the bridge would reopen.\", \"title\": \"Bridge\"}\n"
                + "{\"text\": \"Pilots said the lights failed.\", \"published\": \"2026-02-30\"}\n").getBytes(StandardCharsets.UTF_8);
        warc = Files.readAllBytes(SourcesTest.warc(dir.resolve("seed.warc"), WarcCompression.NONE, SourcesTest.page(),
                SourcesTest.simplePage("The ferry company said the timetable would change in June, when crossings begin.")));
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of(".txt", ".jsonl", ".html", ".html.gz", ".rss", ".atom", ".xml", ".warc", ".warc.gz");
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("page", "feed", "jsonl", "warc");
    }

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 4000) byte[] bytes, @ForAll("endings") String ending) throws IOException {
        check(write(bytes, ending));
    }

    @Property(tries = 400)
    void damagedInputsNeverThrow(@ForAll("kinds") String kind, @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.constraints.IntRange(max = 1_000_000) Integer> edits,
                                 @ForAll boolean gzip) throws IOException {
        byte[] seed = switch (kind) {
            case "page" -> page;
            case "feed" -> feed;
            case "jsonl" -> jsonl;
            default -> warc;
        };
        byte[] b = Arrays.copyOf(seed, seed.length);
        for (int e : edits) {
            int at = e % Math.max(1, b.length);
            switch (e % 3) {
                case 0 -> b[at] = (byte) (e >> 3); // flip
                case 1 -> b = Arrays.copyOf(b, Math.max(1, at)); // cut
                default -> { // insert
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) (e >> 5);
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
            }
        }
        String ending = switch (kind) {
            case "page" -> ".html";
            case "feed" -> ".rss";
            case "jsonl" -> ".jsonl";
            default -> ".warc";
        };
        check(write(gzip ? gzip(b) : b, gzip ? ending + ".gz" : ending));
    }

    private static void check(Path file) {
        List<Item> items = new ArrayList<>();
        SOURCES.read(file, items::add); // must not throw
        for (Item i : items) {
            assertThat(i.origin()).startsWith(file.toString());
            if (i instanceof Article a) {
                assertThat(a.text()).isNotBlank();
            } else {
                assertThat(((Failure) i).reason()).isNotBlank();
            }
        }
    }

    private static Path write(byte[] bytes, String ending) throws IOException {
        Path f = Files.createTempFile(dir, "fuzz", ending);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }
}
