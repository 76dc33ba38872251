package org.hearsay.speakers;

import org.hearsay.model.EntityType;
import org.hearsay.parse.CharSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entity being assembled from its mentions. Confined to one resolution. */
public final class EntityCluster {

    String name;
    EntityType type;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<CharSpan> mentions = new ArrayList<>();
    int lastMention = -1;

    EntityCluster(String name, EntityType type) {
        this.name = name;
        this.type = type;
        names.add(name);
    }

    public String name() {
        return name;
    }

    public EntityType type() {
        return type;
    }

    /** The other names the text used for it. */
    public List<String> aliases() {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }

    public List<String> roles() {
        return List.copyOf(roles);
    }

    public List<CharSpan> mentions() {
        return mentions.stream().distinct().sorted().toList();
    }

    void add(CharSpan mention, String surfaceName) {
        mentions.add(mention);
        lastMention = Math.max(lastMention, mention.begin());
        if (surfaceName != null && !surfaceName.isBlank()) {
            names.add(surfaceName);
            // the fullest proper name is the canonical one: "Oleksandr Syrsky" over "Syrsky"
            if (type != EntityType.OUTLET && surfaceName.split(" ").length > name.split(" ").length
                    && Character.isUpperCase(surfaceName.codePointAt(0))) {
                name = surfaceName;
            }
        }
    }
}
