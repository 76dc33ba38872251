package org.hearsay.cli;

import org.hearsay.format.BratFormat;
import org.hearsay.format.CitronFormat;
import org.hearsay.format.JsonFormat;
import org.hearsay.model.Analysis;

/** The formats {@code analyze} writes, with the file extension each gets under {@code --out}. */
enum OutputFormat {
    TEXT(".report.txt"),
    JSON(".json"),
    CITRON(".citron.json"),
    BRAT(".ann");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    String render(Analysis a, boolean colour) {
        return switch (this) {
            case TEXT -> new TextReport(colour).render(a);
            case JSON -> new JsonFormat().write(a);
            case CITRON -> new CitronFormat().write(a);
            case BRAT -> new BratFormat().write(a);
        };
    }
}
