package org.hearsay.cli;

import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.AttributionKind;
import org.hearsay.model.Entity;
import org.hearsay.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable report: attributions grouped by speaker, each with its cue, content and chain. */
final class TextReport {

    private static final int MAX_CONTENT = 400;

    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    String render(Analysis a) {
        StringBuilder sb = new StringBuilder();
        String title = a.document().title().orElse(a.document().id());
        List<String> meta = new ArrayList<>();
        a.document().outlet().ifPresent(meta::add);
        a.document().published().ifPresent(d -> meta.add(d.toString()));
        sb.append(style("1", title));
        if (!meta.isEmpty()) {
            sb.append(style("2", "  " + String.join(" · ", meta)));
        }
        sb.append('\n');
        Map<String, List<Attribution>> bySpeaker = new LinkedHashMap<>();
        for (Attribution at : a.attributions()) {
            bySpeaker.computeIfAbsent(speakerKey(at), k -> new ArrayList<>()).add(at);
        }
        sb.append(style("2", summary(a.attributions().size(), bySpeaker))).append("\n\n");
        for (Map.Entry<String, List<Attribution>> group : bySpeaker.entrySet()) {
            Attribution first = group.getValue().get(0);
            sb.append(heading(a, first)).append('\n');
            for (Attribution at : group.getValue()) {
                line(sb, a, at);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "18 attributions from 11 speakers", "1 attribution, with no source named", "3 attributions from 1 speaker (1 with no source named)". */
    static String summary(int attributions, Map<String, List<Attribution>> bySpeaker) {
        List<Attribution> unnamed = bySpeaker.getOrDefault(NO_SOURCE, List.of());
        int speakers = bySpeaker.size() - (unnamed.isEmpty() ? 0 : 1);
        String s = count(attributions, "attribution");
        if (speakers == 0) {
            return attributions == 0 ? s : s + ", with no source named";
        }
        s += " from " + count(speakers, "speaker");
        return unnamed.isEmpty() ? s : s + " (" + unnamed.size() + " with no source named)";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static final String NO_SOURCE = "none";

    private static String speakerKey(Attribution at) {
        return at.speaker().map(s -> "e:" + s.entity())
                .orElseGet(() -> at.sources().isEmpty() ? NO_SOURCE : "s:" + at.sources().get(0).text().toLowerCase(java.util.Locale.ROOT));
    }

    private String heading(Analysis a, Attribution at) {
        if (at.speaker().isEmpty()) {
            return at.sources().isEmpty() ? style("1;33", "(no source named)") : style("1;33", at.sources().get(0).text());
        }
        Entity e = a.findEntity(at.speaker().get().entity()).orElseThrow();
        StringBuilder sb = new StringBuilder(style("1;33", e.name()));
        if (!e.roles().isEmpty()) {
            sb.append(" — ").append(String.join("; ", e.roles()));
        }
        sb.append(style("2", "  (" + e.type().label()
                + (e.aliases().isEmpty() ? "" : "; also " + String.join(", ", e.aliases())) + ")"));
        return sb.toString();
    }

    private void line(StringBuilder sb, Analysis a, Attribution at) {
        sb.append("  ").append(style("2", at.id())).append("  ");
        sb.append(at.cue().map(c -> style("1;36", c.text())).orElse(style("36", "(continues)")));
        at.recipient().ifPresent(r -> sb.append(" → ").append(style("35", r.name())));
        sb.append(style("2", " · " + at.kind().label()));
        if (at.speaker().isPresent() && !at.sources().isEmpty()
                && !at.sources().get(0).text().equalsIgnoreCase(at.speaker().get().name())) {
            sb.append(style("2", " · as \"" + at.sources().get(0).text() + "\""));
        }
        sb.append('\n');
        String content = at.contents().stream().map(Span::text).collect(Collectors.joining(" … "))
                .replaceAll("\\s+", " ").trim();
        if (content.length() > MAX_CONTENT) {
            content = content.substring(0, MAX_CONTENT) + "…";
        }
        if (!content.isEmpty()) {
            String shown = at.kind() == AttributionKind.INDIRECT ? "‹" + content + "›" : content;
            sb.append("      ").append(shown).append('\n');
        }
        List<String> notes = new ArrayList<>();
        if (!at.hedges().isEmpty()) {
            notes.add(style("31", "hedged: " + at.hedges().stream().map(Span::text).collect(Collectors.joining(", "))));
        }
        notes.add(style("2", "chain: ") + String.join(style("2", " → "), a.chain(at)));
        sb.append("      ").append(String.join(style("2", " · "), notes)).append('\n');
    }

    private String style(String sgr, String s) {
        return colour ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
    }
}
