package org.hearsay.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * Scores summed over documents (micro-averaged).
 *
 * @param exact       per role: spans equal after trimming whitespace, quote marks and punctuation
 * @param overlap     per role: characters covered by both, against characters covered by each side
 * @param attribution attributions matched by overlapping cues or contents overlapping by at least half
 *                    of the shorter
 * @param full        as {@code attribution}, and the sources overlap too (or both have none)
 */
public record Scores(Map<Role, Counts> exact, Map<Role, Counts> overlap, Counts attribution, Counts full, int documents) {

    public Scores {
        exact = Map.copyOf(exact);
        overlap = Map.copyOf(overlap);
    }

    public static Scores empty() {
        Map<Role, Counts> zero = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            zero.put(r, Counts.ZERO);
        }
        return new Scores(zero, zero, Counts.ZERO, Counts.ZERO, 0);
    }

    public Scores plus(Scores o) {
        Map<Role, Counts> e = new EnumMap<>(Role.class);
        Map<Role, Counts> v = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            e.put(r, exact.get(r).plus(o.exact.get(r)));
            v.put(r, overlap.get(r).plus(o.overlap.get(r)));
        }
        return new Scores(e, v, attribution.plus(o.attribution), full.plus(o.full), documents + o.documents);
    }

    /** A fixed-width table: one row per role and measure, precision, recall and F1 as percentages. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s %7s %7s %7s %8s %8s%n", "PolNeAR-style score", "P", "R", "F1", "gold", "found"));
        for (Role r : Role.values()) {
            row(sb, r.label() + " exact", exact.get(r));
            row(sb, r.label() + " overlap (chars)", overlap.get(r));
        }
        row(sb, "attribution", attribution);
        row(sb, "attribution, full", full);
        sb.append(String.format("%d documents%n", documents));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format("%-24s %7.1f %7.1f %7.1f %8.0f %8.0f%n", name, 100 * c.precision(), 100 * c.recall(),
                100 * c.f1(), c.gold(), c.predicted()));
    }
}
