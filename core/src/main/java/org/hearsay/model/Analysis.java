package org.hearsay.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything hearsay found in one article. Immutable. */
public record Analysis(DocumentInfo document, String text, List<Attribution> attributions, List<Entity> entities) {

    /** The name a chain gives a link whose report names nobody. */
    public static final String UNNAMED_SOURCE = "unnamed source";

    public Analysis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
        entities = List.copyOf(entities);
    }

    public Optional<Attribution> findAttribution(String id) {
        return attributions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Entity> findEntity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The chain of custody of an attribution: its speaker's name first, then each enclosing
     * report's speaker, ending with the article itself, e.g. {@code [NIS, Associated Press, this article]}.
     */
    public List<String> chain(Attribution attribution) {
        List<String> chain = new ArrayList<>();
        Attribution current = attribution;
        int guard = 0;
        while (current != null && guard++ <= attributions.size()) {
            Attribution link = current;
            String name = link.speaker().map(Speaker::name)
                    .orElseGet(() -> link.sources().isEmpty() ? UNNAMED_SOURCE : link.sources().get(0).text());
            if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(name)) {
                chain.add(name); // a speaker elaborating its own report is one link, not two
            }
            current = current.parent().flatMap(this::findAttribution).orElse(null);
        }
        chain.add("this article");
        return chain;
    }
}
