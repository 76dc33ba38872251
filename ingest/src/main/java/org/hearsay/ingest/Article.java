package org.hearsay.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its container, before analysis.
 *
 * @param origin where it came from, precise enough to find it again: a file, or a file and the
 *               record in it ({@code feed.xml#item 3}, {@code crawl.warc.gz@81920})
 * @param text   the article's text, paragraphs separated by blank lines
 */
public record Article(String origin, String text, Optional<String> title, Optional<LocalDate> published,
                      Optional<String> outlet, Optional<String> url) implements Item {

    public Article {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title (use Optional.empty())");
        Objects.requireNonNull(published, "published (use Optional.empty())");
        Objects.requireNonNull(outlet, "outlet (use Optional.empty())");
        Objects.requireNonNull(url, "url (use Optional.empty())");
        if (text.isBlank()) {
            throw new IllegalArgumentException(origin + ": article text is blank");
        }
    }

    /** A copy whose missing metadata is filled from {@code other}; what this one has, it keeps. */
    public Article withDefaults(Optional<String> title, Optional<LocalDate> published, Optional<String> outlet, Optional<String> url) {
        return new Article(origin, text, this.title.or(() -> title), this.published.or(() -> published),
                this.outlet.or(() -> outlet), this.url.or(() -> url));
    }
}
