package org.hearsay.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What is known about an article besides its text. */
public record DocumentInfo(String id, Optional<String> title, Optional<LocalDate> published,
                           Optional<String> outlet, Optional<String> url) {

    public DocumentInfo {
        Objects.requireNonNull(id, "document id");
        Objects.requireNonNull(title, "title (use Optional.empty())");
        Objects.requireNonNull(published, "published (use Optional.empty())");
        Objects.requireNonNull(outlet, "outlet (use Optional.empty())");
        Objects.requireNonNull(url, "url (use Optional.empty())");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
    }

    public static DocumentInfo of(String id) {
        return new DocumentInfo(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
