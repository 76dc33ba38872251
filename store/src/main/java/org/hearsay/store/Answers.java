package org.hearsay.store;

import org.hearsay.model.Span;

import java.util.List;
import java.util.Optional;

/** The values the store's questions answer with. */
public final class Answers {

    private Answers() {
    }

    /** A speaker and how widely it is cited. */
    public record SpeakerCount(long entity, String name, String type, int attributions, int articles, int outlets) {
    }

    /** One thing a speaker is reported to have said, where and through whom. */
    public record Quote(long article, String localId, Optional<String> title, Optional<String> outlet,
                        Optional<String> published, String kind, Optional<String> cue, Optional<String> role,
                        String content, List<String> chain) {
    }

    /** A full-text hit: the attribution, its speaker, and a snippet with the match between {@link #MARK_START} and {@link #MARK_END}. */
    public record SearchHit(long article, String localId, Optional<String> title, Optional<String> outlet,
                            Optional<String> published, String speaker, String snippet) {
    }

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    /** A name and how many times it occurs. */
    public record Count(String name, int count) {
    }

    /** Whom an outlet cites, and the relays its claims come through (AP, Reuters...). */
    public record OutletReport(String outlet, int articles, int attributions, List<Count> cited, List<Count> relays) {
    }

    /** An item that failed to be ingested, as stored. */
    public record StoredFailure(String origin, String reason, String at) {
    }

    /** A stored article, as the store gives it back. */
    public record StoredArticle(long id, String hash, String origin, Optional<String> title, Optional<String> url,
                                Optional<String> published, Optional<String> outlet, String text) {
    }

    /** An article in a list. */
    public record ArticleSummary(long id, Optional<String> title, Optional<String> outlet, Optional<String> published, int attributions) {
    }

    /** A stored entity, by id. */
    public record EntityRef(long id, String name, String type) {
    }

    /** An entity as one article mentions it. */
    public record EntityView(long id, String name, String type, List<Span> mentions) {
    }

    /** One attribution of a stored article, with its spans and resolved speaker and recipient. */
    public record AttributionView(String id, String kind, Optional<Span> cue, List<Span> sources, List<Span> contents,
                                  List<Span> hedges, Optional<EntityRef> speaker, Optional<String> role,
                                  Optional<EntityRef> recipient, Optional<Span> recipientSpan, Optional<String> parent,
                                  List<String> chain, double confidence) {
    }

    /** A stored article with everything found in it. */
    public record ArticleView(StoredArticle article, List<AttributionView> attributions, List<EntityView> entities) {
    }

    /** A speaker across the archive: names, roles over time, who cites it, through whom, and what it said. */
    public record SpeakerView(long id, String name, String type, List<String> aliases, List<RoleSpan> roles,
                              List<Count> outlets, List<Count> relays, List<Quote> quotes) {
    }

    /** A role a speaker was given, first and last seen (publication dates), and how often. */
    public record RoleSpan(String role, Optional<String> first, Optional<String> last, int count) {
    }

    /** Who cites whom: {@code from} reports what {@code to} said, {@code count} times. */
    public record Edge(String from, String to, int count) {
    }

    /** Narrows a search; every part is optional. Dates are YYYY-MM-DD, inclusive. */
    public record SearchFilter(Optional<String> outlet, Optional<String> speaker, Optional<String> from, Optional<String> to) {
        public static SearchFilter none() {
            return new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
