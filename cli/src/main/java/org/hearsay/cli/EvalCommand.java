package org.hearsay.cli;

import org.hearsay.Hearsay;
import org.hearsay.eval.Evaluation;
import org.hearsay.eval.GoldCorpus;
import org.hearsay.eval.Scores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "eval", description = "Score analyze against annotated articles in PolNeAR's layout.",
        footer = {"", "Per role (cue, source, content): exact and character-overlap precision, recall and F1;",
                "then attribution F1 (cues overlap, or contents overlap by half the shorter) and",
                "'full' attribution F1 (the sources overlap too)."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with text/ and attributions/.")
    Path gold;

    @Option(names = "--threads", description = "Articles analysed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--predictions", paramLabel = "DIR", description = "Also write each article's predicted .ann here, to compare by eye.")
    Path predictions;

    @CommandLine.Mixin
    CueModelOption cueModel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        GoldCorpus corpus = GoldCorpus.open(gold);
        Scores total = Evaluation.run(cueModel.apply(Hearsay.builder()).build(), corpus, threads, Optional.ofNullable(predictions));
        spec.commandLine().getOut().print(total.table());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
