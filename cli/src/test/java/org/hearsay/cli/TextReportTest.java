package org.hearsay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first line of the terminal report counts attributions and the speakers actually named. */
class TextReportTest {

    @Test
    void anUnnamedSourceIsNotCountedAsASpeaker(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("plan.txt");
        Files.writeString(text, "The harbour plan seems to favour the largest shipping lines.\n");
        Cli r = Cli.run("analyze", "--color", "never", text.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 attribution, with no source named");
    }

    @Test
    void namedAndUnnamedAreCountedApart(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("port.txt");
        Files.writeString(text, "The harbour plan seems to favour the largest shipping lines.\n\n"
                + "Mayor Ana Ortiz said the port would reopen on Friday.\n");
        Cli r = Cli.run("analyze", "--color", "never", text.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 attributions from 1 speaker (1 with no source named)");
    }
}
