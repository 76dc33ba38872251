package org.hearsay.store;

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
}
