package org.hearsay;

import org.hearsay.attribution.AttributionExtractor;
import org.hearsay.cues.CueLexicon;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import org.hearsay.parse.LinguisticParser;
import org.hearsay.speakers.OutletDirectory;

/**
 * Who said what, to whom, according to whom.
 *
 * <pre>{@code
 * Analysis a = Hearsay.analyze("\"We will win,\" the minister told the Gazette on Tuesday.");
 * a.attributions().get(0).speaker();   // the minister
 * }</pre>
 *
 * The static methods share one default {@link Analyzer}, created on first use (CoreNLP models take a
 * few seconds to load). For other settings, build your own with {@link #builder()}.
 */
public final class Hearsay {

    private Hearsay() {
    }

    /** Analyses a text with the default pipeline. Thread-safe. */
    public static Analysis analyze(String text) {
        return DefaultAnalyzer.INSTANCE.analyze(text);
    }

    /** Analyses a text with its metadata, with the default pipeline. Thread-safe. */
    public static Analysis analyze(DocumentInfo document, String text) {
        return DefaultAnalyzer.INSTANCE.analyze(document, text);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Holds the default analyzer; the JVM creates it once, on first use, safely across threads. */
    private static final class DefaultAnalyzer {
        static final Analyzer INSTANCE = builder().build();
    }

    /** Settings for an {@link Analyzer}. Not thread-safe; the analyzer it builds is. */
    public static final class Builder {

        private OutletDirectory outlets = OutletDirectory.english();
        private CueLexicon lexicon = CueLexicon.english();
        private long expectedTokens = -1;
        private java.util.Optional<org.hearsay.cues.CueModel> cueModel = java.util.Optional.empty();
        private boolean shippedCueModel = true;

        private Builder() {
        }

        /**
         * How much text this analyzer will see, roughly, in tokens (about a sixth of the bytes). Up to
         * 20,000 (an article or a few) the dependency parser skips its table of precomputed products:
         * 0.6 s sooner to start, slower per sentence, the same results. Unset: a batch.
         */
        public Builder expectedTokens(long tokens) {
            if (tokens < 0) {
                throw new IllegalArgumentException("expected tokens was " + tokens + ", must be 0 or more");
            }
            this.expectedTokens = tokens;
            return this;
        }

        /** The parser table size for the expected workload, or -1 for CoreNLP's default. */
        int precomputed() {
            // a larger table than CoreNLP's default was measured slower: it no longer fits in cache
            return expectedTokens >= 0 && expectedTokens <= 20_000 ? 0 : -1;
        }

        /**
         * The learned judge of cue words the lexicon lacks: by default the model shipped in the jar
         * (trained on PolNeAR train with {@code ./hearsay train}); this one instead.
         */
        public Builder cueModel(org.hearsay.cues.CueModel model) {
            this.cueModel = java.util.Optional.of(java.util.Objects.requireNonNull(model, "cue model"));
            this.shippedCueModel = false;
            return this;
        }

        /** The lexicon alone, no learned cues: the rules as they were before the model. */
        public Builder withoutCueModel() {
            this.cueModel = java.util.Optional.empty();
            this.shippedCueModel = false;
            return this;
        }

        /** Adds an outlet the built-in directory lacks, with the short names papers use for it. */
        public Builder outlet(String canonicalName, String... aliases) {
            if (canonicalName == null || canonicalName.isBlank()) {
                throw new IllegalArgumentException("outlet name was blank: '" + canonicalName + "'");
            }
            for (String a : aliases) {
                if (a == null || a.isBlank()) {
                    throw new IllegalArgumentException("alias of outlet '" + canonicalName + "' was blank");
                }
            }
            outlets = outlets.with(canonicalName, aliases);
            return this;
        }

        public Builder cueLexicon(CueLexicon lexicon) {
            if (lexicon == null) {
                throw new IllegalArgumentException("cue lexicon was null");
            }
            this.lexicon = lexicon;
            return this;
        }

        /** Loads the models and returns the pipeline. Takes a few seconds. */
        public Analyzer build() {
            java.util.Optional<org.hearsay.cues.CueModel> model = shippedCueModel ? java.util.Optional.of(org.hearsay.cues.CueModel.shipped()) : cueModel;
            return new Analyzer(new LinguisticParser(precomputed()), new AttributionExtractor(lexicon, model, outlets));
        }
    }
}
