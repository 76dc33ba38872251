package org.hearsay.cli;

import org.hearsay.cues.CueModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** train on a two-article gold folder written for this test: the same folder gives the same file, and eval reads it. */
class TrainCommandTest {

    private static void article(Path dir, String name, String text, String ann) throws Exception {
        Files.writeString(dir.resolve("text/" + name + ".txt"), text);
        Files.writeString(dir.resolve("attributions/" + name + "_x1.ann"), ann);
    }

    @Test
    void theSameFolderGivesTheSameModelAndEvalReadsIt(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        article(gold, "a", "The mayor said the bridge was safe. The ferry sailed to Orsa at noon.\n", """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 34\tthe bridge was safe
                T4\tAttribution 10 14\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                """);
        article(gold, "b", "Dockworkers scoffed that the offer was an insult. The cranes stood idle all week.\n", """
                T1\tSource 0 11\tDockworkers
                T2\tCue 12 19\tscoffed
                T3\tContent 25 48\tthe offer was an insult
                T4\tAttribution 12 19\tscoffed
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                """);
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        for (Path out : new Path[]{first, second}) {
            Cli r = Cli.run("train", "--gold", gold.toString(), "--out", out.toString(), "--runs", "2", "--hidden", "4", "--threads", "1");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("from 2 articles");
        }
        assertThat(Files.readString(first)).isEqualTo(Files.readString(second)).contains("--hidden 4");
        try (InputStream in = Files.newInputStream(first)) {
            CueModel m = CueModel.read(in);
            assertThat(m.hasClauseStep()).isTrue();
            assertThat(m.hasHiddenLayer()).isTrue();
            assertThat(m.readsThirdLayer()).isTrue();
            assertThat(m.hasExtentStep()).isTrue();
        }
        Cli r = Cli.run("eval", "--gold", gold.toString(), "--cue-model", first.toString(), "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 documents");
    }
}
