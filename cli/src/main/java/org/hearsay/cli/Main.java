package org.hearsay.cli;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code hearsay} command. Exit codes: 0 all went well, 1 some inputs failed, 2 bad usage. */
@Command(name = "hearsay", mixinStandardHelpOptions = true, version = "hearsay 0.1.0",
        description = "Who said what, to whom, according to whom: attributions in news text.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, IngestCommand.class, ExtractCommand.class, QueryCommand.class, ServeCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, writing to the given streams: for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // CoreNLP reports every model it loads on stderr; a user of hearsay needs none of that.
        RedwoodConfiguration.current().clear().apply();
        return new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("hearsay: " + ex.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: analyze, eval, ingest, extract, query, serve (see hearsay --help)");
    }
}
