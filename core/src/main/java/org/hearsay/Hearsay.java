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
        private boolean quickStart;

        private Builder() {
        }

        /**
         * Start faster, analyse slower: skips the dependency parser's precomputed table, which saves
         * about 0.6 s of start-up and costs about a quarter of its speed. Results are identical. Right
         * for a command that analyses one or a few articles and exits; leave it off for batches.
         */
        public Builder quickStart(boolean quickStart) {
            this.quickStart = quickStart;
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
            return new Analyzer(new LinguisticParser(quickStart), new AttributionExtractor(lexicon, outlets));
        }
    }
}
