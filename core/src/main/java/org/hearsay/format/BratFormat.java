package org.hearsay.format;

import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.Span;
import org.hearsay.parse.TextIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * brat standoff in PolNeAR's layout: {@code T} lines for Source, Cue, Content and Attribution spans
 * (code point offsets, fragments joined by {@code ;}) and one {@code E} line per attribution.
 * {@link #read} takes PolNeAR's files and this class's own output alike. Thread-safe.
 */
public final class BratFormat {

    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([\\d ;]+)\\t?(.*)$");

    public String write(Analysis a) {
        StringBuilder sb = new StringBuilder();
        int t = 0;
        int e = 0;
        for (Attribution at : a.attributions()) {
            List<String> args = new ArrayList<>();
            String trigger = null;
            if (at.cue().isPresent()) {
                String cue = "T" + (++t);
                line(sb, cue, "Cue", List.of(at.cue().get()));
                trigger = "T" + (++t);
                line(sb, trigger, "Attribution", List.of(at.cue().get()));
                args.add("Cue:" + cue);
            } else {
                trigger = "T" + (++t);
                line(sb, trigger, "Attribution", List.of(at.contents().get(0)));
            }
            if (!at.sources().isEmpty()) {
                String src = "T" + (++t);
                line(sb, src, "Source", at.sources());
                args.add("Source:" + src);
            }
            if (!at.contents().isEmpty()) {
                String content = "T" + (++t);
                line(sb, content, "Content", at.contents());
                args.add("Content:" + content);
            }
            sb.append('E').append(++e).append('\t').append(at.sources().isEmpty() ? "Attribution-no-source" : "Attribution")
                    .append(':').append(trigger);
            for (String arg : args) {
                sb.append(' ').append(arg);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String id, String type, List<Span> spans) {
        sb.append(id).append('\t').append(type).append(' ');
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (i > 0) {
                sb.append(';');
                text.append(' ');
            }
            sb.append(s.start()).append(' ').append(s.end());
            text.append(s.text());
        }
        // brat keeps one annotation per line: newlines inside a span's text become spaces
        sb.append('\t').append(text.toString().replace('\n', ' ').replace('\r', ' ')).append('\n');
    }

    /**
     * Reads the attributions of one .ann file against the text it annotates. Lines that are not text
     * bounds or events (notes, the continuation lines of multi-line span texts) are skipped; an event
     * naming an undefined span is an error naming the line.
     */
    public List<AnnotatedAttribution> read(String ann, String text) {
        TextIndex index = new TextIndex(text);
        Map<String, List<Span>> bounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\n", -1);
        for (int no = 0; no < lines.length; no++) {
            String line = lines[no];
            Matcher m = TEXT_BOUND.matcher(line);
            if (m.matches()) {
                List<Span> spans = new ArrayList<>();
                for (String frag : m.group(3).trim().split(";")) {
                    String[] se = frag.trim().split(" ");
                    int start = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (end > index.codePoints() || start > end) {
                        throw new IllegalArgumentException("line " + (no + 1) + ": span " + start + "-" + end
                                + " is outside the text (" + index.codePoints() + " code points)");
                    }
                    spans.add(index.span(index.chars(start, end)));
                }
                bounds.put(m.group(1), spans);
            } else if (line.startsWith("E")) {
                events.add(new String[] {String.valueOf(no + 1), line});
            }
        }
        List<AnnotatedAttribution> out = new ArrayList<>();
        for (String[] ev : events) {
            String[] cols = ev[1].split("\t");
            if (cols.length < 2) {
                continue;
            }
            List<Span> cue = List.of();
            List<Span> sources = List.of();
            List<Span> contents = List.of();
            for (String arg : cols[1].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                String ref = arg.substring(colon + 1);
                List<Span> spans = bounds.get(ref);
                if (spans == null) {
                    throw new IllegalArgumentException("line " + ev[0] + ": " + role + " refers to " + ref + ", which is not defined");
                }
                switch (role) {
                    case "Cue" -> cue = spans;
                    case "Source" -> sources = spans;
                    case "Content" -> contents = spans;
                    default -> { }
                }
            }
            if (!cue.isEmpty() || !contents.isEmpty()) {
                out.add(new AnnotatedAttribution(cue, sources, contents));
            }
        }
        return out;
    }
}
