package org.hearsay.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads news files of every kind hearsay takes, chosen by file name: {@code .txt}, {@code .jsonl}
 * (JSON Lines), {@code .html}/{@code .htm}, {@code .rss}/{@code .atom}/{@code .xml} (feeds),
 * {@code .warc}; each also gzip-compressed ({@code .gz}). Thread-safe.
 */
public final class Sources {

    /** The kinds of input, by file name. */
    public enum Format {
        TEXT(".txt"), JSON_LINES(".jsonl", ".ndjson"), HTML(".html", ".htm"), FEED(".rss", ".atom", ".xml"), WARC(".warc");

        private final List<String> endings;

        Format(String... endings) {
            this.endings = List.of(endings);
        }

        /** The format a file name says, or empty for a file hearsay does not read. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gz")) {
                name = name.substring(0, name.length() - 3);
            }
            for (Format f : values()) {
                for (String e : f.endings) {
                    if (name.endsWith(e)) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final TextReader text;
    private final JsonLinesReader jsonLines;
    private final HtmlReader html;
    private final FeedReader feeds;
    private final WarcReader warcs;
    private final long maxItemBytes;

    /** @param maxItemBytes the largest single item (a text file, a page, a JSON line) that is read */
    public Sources(long maxItemBytes) {
        if (maxItemBytes < 1) {
            throw new IllegalArgumentException("maximum item size was " + maxItemBytes + ", must be at least 1 byte");
        }
        this.maxItemBytes = maxItemBytes;
        text = new TextReader(maxItemBytes);
        jsonLines = new JsonLinesReader(maxItemBytes);
        html = new HtmlReader(maxItemBytes);
        feeds = new FeedReader(maxItemBytes);
        warcs = new WarcReader(html, maxItemBytes);
    }

    /**
     * The files under {@code input} that hearsay reads, sorted; {@code input} itself when it is a
     * file. A missing path or a folder with nothing to read is a {@link Failure} handed to {@code failures}.
     */
    public static List<Path> expand(Path input, Consumer<Failure> failures) throws IOException {
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(f -> Files.isRegularFile(f) && Format.of(f).isPresent()).sorted().toList();
            }
            if (files.isEmpty()) {
                failures.accept(new Failure(input.toString(), "no files hearsay reads in this folder (.txt .jsonl .html .rss .atom .xml .warc, or .gz)"));
            }
            return files;
        }
        if (!Files.exists(input)) {
            failures.accept(new Failure(input.toString(), "no such file"));
            return List.of();
        }
        if (Format.of(input).isEmpty()) {
            failures.accept(new Failure(input.toString(), "is not a kind of file hearsay reads (.txt .jsonl .html .rss .atom .xml .warc, or .gz)"));
            return List.of();
        }
        return new ArrayList<>(List.of(input));
    }

    /**
     * Reads one file, handing each article or failure to {@code sink} as it is read. Never throws for
     * bad content: an unreadable file is one failure naming it.
     */
    public void read(Path file, Consumer<Item> sink) {
        Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            sink.accept(new Failure(file.toString(), "is not a kind of file hearsay reads"));
            return;
        }
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            // one item per file: say how large it is before reading any of it
            long size = Files.size(file);
            if (!gzip && (format.get() == Format.TEXT || format.get() == Format.HTML || format.get() == Format.FEED) && size > maxItemBytes) {
                sink.accept(new Failure(file.toString(), "is " + InputText.human(size) + ", over the " + InputText.human(maxItemBytes)
                        + " limit (see --max-size)"));
                return;
            }
        } catch (IOException e) {
            sink.accept(new Failure(file.toString(), "cannot be read: " + e.getMessage()));
            return;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // jwarc reads gzip members itself, record by record
            InputStream in = gzip && format.get() != Format.WARC ? new GZIPInputStream(raw, 1 << 16) : raw;
            reader(format.get()).read(file, in, sink);
        } catch (java.io.EOFException e) {
            sink.accept(new Failure(file.toString(), "is truncated (unexpected end of compressed data)"));
        } catch (java.util.zip.ZipException e) {
            sink.accept(new Failure(file.toString(), "is not valid gzip: " + e.getMessage()));
        } catch (IOException e) {
            sink.accept(new Failure(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    private ArticleReader reader(Format f) {
        return switch (f) {
            case TEXT -> text;
            case JSON_LINES -> jsonLines;
            case HTML -> html;
            case FEED -> feeds;
            case WARC -> warcs;
        };
    }
}
