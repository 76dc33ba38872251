package org.hearsay.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of input, good and bad: every bad item is a failure naming it, and the rest is still read. */
class SourcesTest {

    private static final Sources SOURCES = new Sources(10 << 20);

    static String page() throws IOException {
        try (InputStream in = SourcesTest.class.getResourceAsStream("/pages/harbour.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Item> read(Path file) {
        List<Item> items = new ArrayList<>();
        SOURCES.read(file, items::add);
        return items;
    }

    static List<Article> articles(List<Item> items) {
        return items.stream().filter(i -> i instanceof Article).map(i -> (Article) i).toList();
    }

    static List<Failure> failures(List<Item> items) {
        return items.stream().filter(i -> i instanceof Failure).map(i -> (Failure) i).toList();
    }

    @Test
    void aTextFileIsOneArticle(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "The mayor said the bridge would reopen in May.\n");
        List<Item> items = read(f);
        assertThat(articles(items)).singleElement().satisfies(a -> {
            assertThat(a.text()).startsWith("The mayor said");
            assertThat(a.origin()).isEqualTo(f.toString());
        });
    }

    @Test
    void jsonLinesCarryMetadataAndABadLineIsNamedByNumber(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"text\": \"The mayor said the bridge would reopen in May.\", \"title\": \"Bridge\", \"outlet\": \"The Valmora Herald\", \"published\": \"2026-05-02\", \"url\": \"https://herald.example/b\"}",
                "{\"text\": \"The council said it would vote again.\"",
                "",
                "{\"title\": \"no text here\"}",
                "[1, 2]",
                "{\"text\": \"Dockworkers said the strike would go on.\"}") + "\n");
        List<Item> items = read(f);
        assertThat(articles(items)).hasSize(2);
        Article first = articles(items).get(0);
        assertThat(first.title()).contains("Bridge");
        assertThat(first.outlet()).contains("The Valmora Herald");
        assertThat(first.published()).contains(LocalDate.of(2026, 5, 2));
        assertThat(first.url()).contains("https://herald.example/b");
        assertThat(failures(items)).extracting(Failure::origin).containsExactly(f + ":2", f + ":4", f + ":5");
        assertThat(failures(items).get(0).reason()).contains("not JSON");
        assertThat(failures(items).get(1).reason()).contains("no \"text\"");
    }

    @Test
    void anHtmlPageGivesItsArticleWithoutNavigationAdsCaptionsOrComments(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("harbour.html"), page());
        Article a = articles(read(f)).get(0);
        assertThat(a.text()).contains("raise mooring fees by eight percent")
                .contains("“We held the line for as long as we could")
                .contains("new lighting on the breakwater")
                .doesNotContain("Subscribe today")
                .doesNotContain("Buy the new ferry pass")
                .doesNotContain("Photo: Herald archive")
                .doesNotContain("Typical. They always")
                .doesNotContain("All rights reserved");
        assertThat(a.text()).contains("\n\n"); // paragraphs stay paragraphs
        assertThat(a.title()).contains("Harbour fees to rise in spring");
        assertThat(a.outlet()).contains("The Valmora Herald");
        assertThat(a.published()).contains(LocalDate.of(2026, 3, 14));
        assertThat(a.url()).contains("https://herald.example/harbour-fees");
    }

    @Test
    void gzippedPagesAreRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("harbour.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(page().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(articles(read(f))).singleElement().satisfies(a -> assertThat(a.text()).contains("mooring fees"));
    }

    @Test
    void malformedHtmlStillGivesItsText(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("broken.html"), "<html><body><div><p>The harbour master said the tide was late"
                + " again today, and that the pilots would wait for the evening high water before moving the tanker.<p>She said"
                + " the delay would cost the shipping line a day <b>or two<i> at most</div></span></table>");
        assertThat(articles(read(f))).singleElement().satisfies(a -> assertThat(a.text()).contains("the tide was late").contains("a day or two"));
    }

    @Test
    void aPageWithNoTextAndABinaryPageAreFailures(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>");
        Path binary = Files.write(dir.resolve("binary.html"), new byte[]{0x47, 0x49, 0x46, 0, 1, 2, 3});
        assertThat(failures(read(empty))).singleElement().satisfies(x -> assertThat(x.reason()).contains("no article text"));
        assertThat(failures(read(binary))).singleElement().satisfies(x -> assertThat(x.reason()).contains("binary"));
    }

    @Test
    void rssAndAtomItemsAreArticles(@TempDir Path dir) throws IOException {
        Path rss = Files.writeString(dir.resolve("feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valmora Herald: Port</title><link>https://herald.example</link><description>Port news</description>
                <item><title>Strike enters third week</title><link>https://herald.example/strike</link>
                  <pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Union leaders said on Monday that the strike would continue.&lt;/p&gt;</description></item>
                <item><title>Nothing here</title><link>https://herald.example/empty</link></item>
                </channel></rss>
                """);
        List<Item> items = read(rss);
        assertThat(articles(items)).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Union leaders said on Monday that the strike would continue.");
            assertThat(a.title()).contains("Strike enters third week");
            assertThat(a.outlet()).contains("Valmora Herald: Port");
            assertThat(a.published()).contains(LocalDate.of(2026, 3, 3));
            assertThat(a.origin()).isEqualTo(rss + "#item 1");
        });
        assertThat(failures(items)).singleElement().satisfies(x -> assertThat(x.origin()).isEqualTo(rss + "#item 2"));

        Path atom = Files.writeString(dir.resolve("feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Watch</title><id>urn:hw</id><updated>2026-04-01T10:00:00Z</updated>
                <entry><title>Pilots warn on lighting</title><id>urn:hw:1</id><updated>2026-04-01T10:00:00Z</updated>
                  <link href="https://watch.example/1"/>
                  <content type="html">&lt;p&gt;Harbour pilots warned that the breakwater lights had failed twice this winter.&lt;/p&gt;&lt;p&gt;The authority said repairs were planned.&lt;/p&gt;</content></entry>
                </feed>
                """);
        assertThat(articles(read(atom))).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Harbour pilots warned that the breakwater lights had failed twice this winter.\n\nThe authority said repairs were planned.");
            assertThat(a.outlet()).contains("Harbour Watch");
            assertThat(a.url()).contains("https://watch.example/1");
        });
    }

    @Test
    void aBrokenFeedIsOneFailure(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("broken.xml"), "<?xml version=\"1.0\"?><rss><channel><title>Half a feed</title><item><title>cut");
        assertThat(read(f)).singleElement().isInstanceOfSatisfying(Failure.class, x -> {
            assertThat(x.origin()).isEqualTo(f.toString());
            assertThat(x.reason()).contains("not a readable RSS or Atom feed");
        });
    }

    static Path warc(Path file, WarcCompression compression, String... pages) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, compression)) {
            int n = 0;
            for (String html : pages) {
                byte[] body = html.getBytes(StandardCharsets.UTF_8);
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] http = new byte[head.length + body.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(body, 0, http, head.length, body.length);
                w.write(new WarcResponse.Builder(URI.create("https://herald.example/page" + (++n))).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return file;
    }

    static String simplePage(String sentence) {
        return "<html><head><title>t</title></head><body><article><p>" + sentence + " " + sentence + "</p><p>" + sentence
                + "</p></article></body></html>";
    }

    @Test
    void warcResponsesArePages(@TempDir Path dir) throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path f = warc(dir.resolve(c == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz"), c, page(),
                    simplePage("The ferry company said the timetable would change in June, when the summer crossings begin again."));
            List<Article> articles = articles(read(f));
            assertThat(articles).hasSize(2);
            assertThat(articles.get(0).text()).contains("mooring fees");
            assertThat(articles.get(0).origin()).startsWith(f + "@");
            assertThat(articles.get(1).url()).contains("https://herald.example/page2");
        }
    }

    @Test
    void warcBodiesAreDecodedAsTheCrawlerReceivedThem(@TempDir Path dir) throws IOException {
        // gzip content-encoding sent in chunks, and a Latin-1 page whose charset only the header names
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(gz)) {
            z.write(page().getBytes(StandardCharsets.UTF_8));
        }
        byte[] zipped = gz.toByteArray();
        java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
        chunked.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        int half = zipped.length / 2;
        for (int[] part : new int[][]{{0, half}, {half, zipped.length}}) {
            chunked.write((Integer.toHexString(part[1] - part[0]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(zipped, part[0], part[1] - part[0]);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String latin = "<html><body><article><p>The caf\u00e9 owners of the harbour front said the new mooring fees would close"
                + " three of them before the summer season, according to their association.</p></article></body></html>";
        byte[] latinBody = latin.getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        plain.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: " + latinBody.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        plain.write(latinBody);
        Path f = dir.resolve("real.warc");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(new WarcResponse.Builder(URI.create("https://herald.example/fees")).body(MediaType.HTTP_RESPONSE, chunked.toByteArray()).build());
            w.write(new WarcResponse.Builder(URI.create("https://herald.example/cafes")).body(MediaType.HTTP_RESPONSE, plain.toByteArray()).build());
        }
        List<Article> articles = articles(read(f));
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).text()).contains("raise mooring fees by eight percent");
        assertThat(articles.get(1).text()).contains("The caf\u00e9 owners");
    }

    @Test
    void aTruncatedWarcKeepsWhatCameBeforeTheDamage(@TempDir Path dir) throws IOException {
        Path f = warc(dir.resolve("cut.warc"), WarcCompression.NONE, page(),
                simplePage("The ferry company said the timetable would change in June, when the summer crossings begin again."),
                page().replace("mooring", "berthing"));
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length - 900));
        List<Item> items = read(f);
        assertThat(articles(items)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(failures(items)).singleElement().satisfies(x -> {
            assertThat(x.origin()).startsWith(f + "@");
            assertThat(x.reason()).contains("truncated or corrupt WARC");
        });
    }

    @Test
    void invalidUtf8EmptyAndOversizedItemsAreFailures(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "The council said the harbour would stay open through the winter.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += line.length) {
                out.write(line);
            }
        }
        assertThat(failures(read(latin1))).singleElement().satisfies(x -> assertThat(x.reason()).contains("not valid UTF-8").contains("offset 3"));
        assertThat(failures(read(empty))).singleElement().satisfies(x -> assertThat(x.reason()).contains("is empty"));
        assertThat(failures(read(huge))).singleElement().satisfies(x -> assertThat(x.reason()).contains("limit"));
        Path hugeJsonl = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(hugeJsonl)) {
            out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "la la la la la la la la ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\": \"The pilots said the lights were fixed.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Item> items = read(hugeJsonl);
        assertThat(failures(items)).singleElement().satisfies(x -> {
            assertThat(x.origin()).isEqualTo(hugeJsonl + ":1");
            assertThat(x.reason()).contains("limit");
        });
        assertThat(articles(items)).singleElement().satisfies(a -> assertThat(a.text()).contains("lights were fixed"));
    }

    @Test
    void aTruncatedGzipIsNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cut.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(page().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(failures(read(f))).singleElement().satisfies(x -> assertThat(x.reason()).contains("truncated"));
    }

    @Test
    void expandListsReadableFilesAndNamesWhatIsNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("b.html.gz"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        List<Failure> bad = new ArrayList<>();
        assertThat(Sources.expand(dir, bad::add)).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.html.gz");
        assertThat(Sources.expand(dir.resolve("notes.docx"), bad::add)).isEmpty();
        assertThat(Sources.expand(dir.resolve("missing.txt"), bad::add)).isEmpty();
        assertThat(bad).extracting(Failure::reason).anySatisfy(r -> assertThat(r).contains("not a kind of file"))
                .anySatisfy(r -> assertThat(r).contains("no such file"));
        assertThat(Optional.of(Sources.Format.of(Path.of("x.WARC.GZ")))).contains(Optional.of(Sources.Format.WARC));
    }
}
