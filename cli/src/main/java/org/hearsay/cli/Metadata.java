package org.hearsay.cli;

import org.hearsay.ingest.Article;
import org.hearsay.ingest.PublicationDate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table of metadata for text files, which carry none: tab-separated, a header row naming the
 * columns, one row per file. The file's name (without folder or extension) is in a column called
 * {@code filename}, {@code file}, {@code name} or {@code id}; the others may be {@code title},
 * {@code url}, {@code published} (or {@code publication_date}, {@code date}) and {@code outlet} (or
 * {@code publisher}). Other columns are ignored.
 */
final class Metadata {

    private record Row(Optional<String> title, Optional<LocalDate> published, Optional<String> outlet, Optional<String> url) {
    }

    private final Map<String, Row> rows;

    private Metadata(Map<String, Row> rows) {
        this.rows = rows;
    }

    static Metadata none() {
        return new Metadata(Map.of());
    }

    static Metadata read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": is empty; it needs a header row");
        }
        List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).split("\t", -1));
        int key = firstOf(header, "filename", "file", "name", "id");
        if (key < 0) {
            throw new IllegalArgumentException(tsv + ": no column filename, file, name or id in the header");
        }
        int title = firstOf(header, "title");
        int url = firstOf(header, "url");
        int published = firstOf(header, "published", "publication_date", "date");
        int outlet = firstOf(header, "outlet", "publisher");
        Map<String, Row> rows = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length <= key || cells[key].isBlank()) {
                continue;
            }
            rows.put(stem(cells[key].strip()), new Row(cell(cells, title), cell(cells, published).flatMap(PublicationDate::parse),
                    cell(cells, outlet), cell(cells, url)));
        }
        return new Metadata(rows);
    }

    /** The article with what the table says of its file filled in where the article says nothing. */
    Article fill(Path file, Article a) {
        Row r = rows.get(stem(file.getFileName().toString()));
        return r == null ? a : a.withDefaults(r.title, r.published, r.outlet, r.url);
    }

    private static int firstOf(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> cell(String[] cells, int i) {
        if (i < 0 || i >= cells.length || cells[i].isBlank() || cells[i].equalsIgnoreCase("None")) {
            return Optional.empty();
        }
        return Optional.of(cells[i].strip());
    }

    /**
     * The name a file goes by in a metadata table and in {@code extract}'s output: without .gz and
     * .txt/.html/.htm, so {@code page.html.gz} is {@code page}.
     */
    static String stem(String name) {
        String n = name;
        for (String ext : List.of(".gz", ".txt", ".html", ".htm")) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
