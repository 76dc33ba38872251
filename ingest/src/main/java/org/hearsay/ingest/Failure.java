package org.hearsay.ingest;

import java.util.Objects;

/**
 * An item that could not be read as an article: where it is and why, in words a user can act on.
 *
 * @param origin the file, or the file and the record in it, as in {@link Article#origin()}
 */
public record Failure(String origin, String reason) implements Item {

    public Failure {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }
}
