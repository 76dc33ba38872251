package org.hearsay.cli;

import picocli.CommandLine;

import java.util.Locale;

/** Parses sizes like {@code 10MB}, {@code 512k} or {@code 2000000}. */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "B");
        long factor = 1;
        if (v.endsWith("GB") || v.endsWith("G")) {
            factor = 1L << 30;
        } else if (v.endsWith("MB") || v.endsWith("M")) {
            factor = 1L << 20;
        } else if (v.endsWith("KB") || v.endsWith("K")) {
            factor = 1L << 10;
        }
        String digits = v.replaceAll("[A-Z]+$", "");
        try {
            long n = Long.parseLong(digits) * factor;
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("size must be positive, was '" + value + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("not a size: '" + value + "' (try 10MB)");
        }
    }
}
