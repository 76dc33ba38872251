package org.hearsay.ingest.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ArticleExtractor} takes from an HTML page: the article's main text and its metadata.
 *
 * @param text the main text, paragraphs separated by blank lines; empty when the page has none
 */
public record Page(String text, Optional<String> title, Optional<LocalDate> published, Optional<String> outlet,
                   Optional<String> url) {

    public Page {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
    }
}
