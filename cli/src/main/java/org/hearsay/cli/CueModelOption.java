package org.hearsay.cli;

import org.hearsay.Hearsay;
import org.hearsay.cues.CueModel;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --cue-model FILE|none}: which cue model the pipeline uses, for the commands that analyse. */
final class CueModelOption {

    @Option(names = "--cue-model", paramLabel = "FILE|none", description = "A cue model from ./hearsay train instead of the "
            + "shipped one (e.g. one trained with --no-vectors: faster, less accurate); none for the lexicon alone.")
    String cueModel;

    /** The builder with this choice applied; the shipped model when none was given. */
    Hearsay.Builder apply(Hearsay.Builder builder) throws IOException {
        if ("none".equals(cueModel)) {
            builder.withoutCueModel();
        } else if (cueModel != null) {
            Path file = Path.of(cueModel);
            if (!Files.isRegularFile(file)) {
                throw new IOException("--cue-model " + file + ": no such file (give a file from ./hearsay train, or none)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                builder.cueModel(CueModel.read(in));
            } catch (IOException | RuntimeException e) {
                throw new IOException("--cue-model " + file + " is not a cue model: " + e.getMessage(), e);
            }
        }
        return builder;
    }
}
