package org.hearsay.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who an attribution's source is.
 *
 * @param entity the id of the {@link Entity}
 * @param name   that entity's canonical name
 * @param role   the role or title given with this mention, if any
 */
public record Speaker(String entity, String name, Optional<String> role) {

    public Speaker {
        Objects.requireNonNull(entity, "speaker entity");
        Objects.requireNonNull(name, "speaker name");
        Objects.requireNonNull(role, "speaker role (use Optional.empty())");
    }
}
