package org.hearsay;

import org.hearsay.attribution.AttributionExtractor;
import org.hearsay.model.Analysis;
import org.hearsay.model.DocumentInfo;
import org.hearsay.parse.LinguisticParser;
import org.hearsay.parse.Parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A configured hearsay pipeline. Build one with {@link Hearsay#builder()}; it loads its models once
 * and is safe to share between threads: {@link #analyze} may be called concurrently.
 */
public final class Analyzer {

    private final LinguisticParser parser;
    private final AttributionExtractor extractor;

    Analyzer(LinguisticParser parser, AttributionExtractor extractor) {
        this.parser = parser;
        this.extractor = extractor;
    }

    /** Analyses a text with no metadata; its id is a hash of the text. */
    public Analysis analyze(String text) {
        return analyze(DocumentInfo.of(idOf(text)), text);
    }

    public Analysis analyze(DocumentInfo document, String text) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Parse parse = parser.parse(text, extractor::needsSyntax);
        AttributionExtractor.Result r = extractor.extract(parse);
        return new Analysis(document, text, r.attributions(), r.entities());
    }

    /** A short stable id for a text: the first 16 hex digits of its SHA-256. */
    public static String idOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
