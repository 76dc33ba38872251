package org.hearsay.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date out of what pages and feeds write for one ({@code 2026-11-25}, {@code 2026-11-25T07:00:00Z}). */
public final class PublicationDate {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private PublicationDate() {
    }

    /** The first {@code YYYY-MM-DD} in {@code s} that is a real date. */
    public static Optional<LocalDate> parse(String s) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a date after all (2026-13-45); look further
            }
        }
        return Optional.empty();
    }
}
