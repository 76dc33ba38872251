package org.hearsay.model;

/** What kind of thing a speaker or recipient is. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("organization"),
    /** A news outlet or agency: The New York Times, Associated Press. */
    OUTLET("outlet"),
    /** People known only collectively: "Ukrainian officials", "analysts". */
    GROUP("group"),
    /** A document, poll or study that "shows" or "finds". */
    WORK("work"),
    /** Known only by a description: "a driver who declined to give his name". */
    DESCRIPTION("description");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + label + "'");
    }
}
