package org.hearsay.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, outlet or group behind one or more mentions in the text.
 *
 * @param id       stable within one analysis: {@code e1}, {@code e2}, ... in order of first mention
 * @param name     the canonical name ("The New York Times", "Olha Stefanishyna")
 * @param aliases  other names the text uses for it ("the Times", "NYT"), without the canonical name
 * @param roles    descriptions attached to it ("Ukraine's deputy prime minister and justice minister")
 * @param mentions every span that refers to it, pronouns included, in text order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> roles, List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(id, "entity id");
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(type, "entity type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity " + id + " has a blank name");
        }
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
