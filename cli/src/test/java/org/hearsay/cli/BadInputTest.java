package org.hearsay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each bad input gets a one-line error naming it and why; the good ones are still analysed. */
class BadInputTest {

    private static final String GOOD = "“The tide is late today,” the harbour master said.\n";

    @Test
    void badInputsAreNamedAndTheRestStillAnalysed(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Path bin = Files.write(dir.resolve("binary.txt"), binary);
        Path invalid = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
        Path big = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "The council said the harbour would stay open through the winter.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 20L << 20; written += line.length) {
                out.write(line);
            }
        }
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);

        Cli r = Cli.run("analyze", "--format", "json", empty.toString(), bin.toString(), invalid.toString(), big.toString(),
                good.toString(), dir.resolve("missing.txt").toString());

        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = Arrays.asList(r.err().strip().split("\n"));
        assertThat(lines).hasSize(5);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("empty.txt").contains("is empty"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("binary.txt").contains("binary"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("not valid UTF-8").contains("offset 3"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("huge.txt").contains("20.0 MB").contains("limit"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"));
        assertThat(r.out()).contains("\"schema\" : \"hearsay/1\"").contains("the harbour master");
    }

    @Test
    void aCueModelThatIsNotOneIsNamedAndNothingIsAnalysed(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Path notAModel = Files.writeString(dir.resolve("notes.tsv"), "a line without a tab\n");
        Cli missing = Cli.run("analyze", "--cue-model", dir.resolve("gone.tsv").toString(), good.toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("--cue-model").contains("gone.tsv").contains("no such file");
        Cli wrong = Cli.run("analyze", "--cue-model", notAModel.toString(), good.toString());
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("notes.tsv").contains("is not a cue model").contains("line 1");
        Cli none = Cli.run("analyze", "--cue-model", "none", good.toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).contains("the harbour master");
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run("analyze", "--format", "citron", "-");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("\"quotes\"").contains("the harbour master");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void writesOneFilePerInputUnderOut(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), GOOD);
        Files.writeString(in.resolve("two.txt"), "The mayor said the bridge would reopen in May.\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("analyze", "--format", "brat", "--out", out.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("one.ann")).exists();
        assertThat(out.resolve("two.ann")).content().contains("Cue").contains("said");
        assertThat(out.resolve("two.txt")).hasContent("The mayor said the bridge would reopen in May.\n");
    }

    @Test
    void aBadDateIsAUsageError() {
        Cli r = Cli.run("analyze", "--published", "25/11/2026", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--published").contains("25/11/2026");
    }
}
