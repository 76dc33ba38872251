package org.hearsay.eval;

/** The parts of an attribution that are scored separately. */
public enum Role {
    CUE, SOURCE, CONTENT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
