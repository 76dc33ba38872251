package org.hearsay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** eval on a two-article gold folder written for this test, in PolNeAR's layout. */
class EvalCommandTest {

    @Test
    void scoresAFolderInPolnearLayout(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), "The mayor said the bridge was safe.\n");
        Files.writeString(dir.resolve("attributions/a_x1.ann"), """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 34\tthe bridge was safe
                T4\tAttribution 10 14\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                """);
        // a second annotator's file for the same article is ignored: the first by name is the gold
        Files.writeString(dir.resolve("attributions/a_z9.ann"), "");
        Files.writeString(dir.resolve("text/b.txt"), "Nobody spoke at the meeting.\n");
        Files.writeString(dir.resolve("attributions/b_x1.ann"), "");

        Cli r = Cli.run("eval", "--gold", dir.toString(), "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("attribution, full\\s+100\\.0\\s+100\\.0\\s+100\\.0");
        assertThat(r.out()).containsPattern("source exact\\s+100\\.0").contains("2 documents");
    }

    @Test
    void aFolderInAnotherLayoutIsAClearError(@TempDir Path dir) {
        Cli r = Cli.run("eval", "--gold", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("PolNeAR's layout").contains("text/");
    }
}
