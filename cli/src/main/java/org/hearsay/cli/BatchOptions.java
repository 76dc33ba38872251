package org.hearsay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every command that works through many inputs takes: how many at once, and how large one may be. */
final class BatchOptions {

    @Option(names = "--threads", description = "Items worked on at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-size", converter = ByteSize.class, defaultValue = "10MB",
            description = "Larger items (a file, a page, a JSON line) are refused (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The thread count, checked: a usage error names the bad value. */
    int threads() {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        return threads;
    }
}
