package org.hearsay.model;

/** How the content of an attribution is given. */
public enum AttributionKind {
    /** The content is a quotation, marked by quote marks. */
    DIRECT("direct"),
    /** Reported speech: the content is paraphrased, no quote marks. */
    INDIRECT("indirect"),
    /** Reported speech that quotes some of the words ("said they were \"brave\""). */
    MIXED("mixed"),
    /** A quotation with no cue of its own that continues the previous speaker. */
    CONTINUATION("continuation");

    private final String label;

    AttributionKind(String label) {
        this.label = label;
    }

    /** The name used in JSON and reports. */
    public String label() {
        return label;
    }

    public static AttributionKind fromLabel(String label) {
        for (AttributionKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown attribution kind '" + label + "'");
    }
}
