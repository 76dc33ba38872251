package org.hearsay;

/** One analyzer for all tests in a JVM: CoreNLP's models take seconds to load. */
public final class SharedAnalyzer {

    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final Analyzer INSTANCE = Hearsay.builder().outlet("The Gazette", "the Gazette").build();
    }

    public static Analyzer get() {
        return Holder.INSTANCE;
    }
}
