package org.hearsay.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One act of attribution: someone (sources) said something (contents), signalled by a cue.
 *
 * @param id         {@code a1}, {@code a2}, ... in text order of the first span
 * @param cue        the words that signal it ("said", "according to"); empty for a continuation quote
 * @param sources    the speaker as written, with title or role; empty when the text names nobody
 * @param contents   what was said; one span per fragment (an interrupted quote has two)
 * @param speaker    the resolved entity behind the sources
 * @param recipient  to whom it was said
 * @param parent     the id of the attribution whose report this one is nested in
 * @param hedges     words that weaken it ("reportedly", "up to")
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Attribution(
        String id,
        AttributionKind kind,
        Optional<Span> cue,
        List<Span> sources,
        List<Span> contents,
        Optional<Speaker> speaker,
        Optional<Recipient> recipient,
        Optional<String> parent,
        List<Span> hedges,
        double confidence) {

    public Attribution {
        Objects.requireNonNull(id, "attribution id");
        Objects.requireNonNull(kind, "attribution kind");
        Objects.requireNonNull(cue, "cue (use Optional.empty())");
        Objects.requireNonNull(speaker, "speaker (use Optional.empty())");
        Objects.requireNonNull(recipient, "recipient (use Optional.empty())");
        Objects.requireNonNull(parent, "parent (use Optional.empty())");
        sources = List.copyOf(sources);
        contents = List.copyOf(contents);
        hedges = List.copyOf(hedges);
        if (contents.isEmpty() && cue.isEmpty()) {
            throw new IllegalArgumentException("attribution " + id + " has neither cue nor content");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("attribution " + id + " confidence " + confidence + " is not in [0, 1]");
        }
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new IllegalArgumentException("attribution " + id + " is its own parent");
        }
    }
}
