package org.hearsay.format;

import org.hearsay.model.Attribution;

import java.util.List;

/** An attribution as annotation files carry it: the spans of its cue, sources and contents, nothing resolved. */
public record AnnotatedAttribution(List<org.hearsay.model.Span> cue, List<org.hearsay.model.Span> sources,
                                   List<org.hearsay.model.Span> contents) {

    public AnnotatedAttribution {
        cue = List.copyOf(cue);
        sources = List.copyOf(sources);
        contents = List.copyOf(contents);
    }

    public static AnnotatedAttribution of(Attribution a) {
        return new AnnotatedAttribution(a.cue().map(List::of).orElse(List.of()), a.sources(), a.contents());
    }
}
