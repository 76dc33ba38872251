package org.hearsay.speakers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link SpeakerResolver} decided: the entities, and which entity and role each mention has. */
public final class Resolution {

    private final List<EntityCluster> entities;
    private final Map<Mention, EntityCluster> entityOf;
    private final Map<Mention, String> roleOf;

    Resolution(List<EntityCluster> entities, Map<Mention, EntityCluster> entityOf, Map<Mention, String> roleOf) {
        this.entities = List.copyOf(entities);
        this.entityOf = Map.copyOf(entityOf);
        this.roleOf = Map.copyOf(roleOf);
    }

    /** The entities some mention refers to, in order of first mention. */
    public List<EntityCluster> entities() {
        return entities;
    }

    public Optional<EntityCluster> entityOf(Mention mention) {
        return Optional.ofNullable(entityOf.get(mention));
    }

    public Optional<String> roleOf(Mention mention) {
        return Optional.ofNullable(roleOf.get(mention));
    }
}
