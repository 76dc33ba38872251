package org.hearsay.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole JSON of the shipped example, compared in full with {@code examples/valmora-port-strike.json}.
 * When a change to it is intended, regenerate with
 * {@code mvn -pl cli test -Dtest=ExampleGoldenTest -Dhearsay.updateGolden=true} and read the diff.
 */
class ExampleGoldenTest {

    static final String[] ARGS = {"analyze", "--format", "json", "--title", "Dockworkers shut Valmora port as pay talks collapse",
            "--outlet", "Harbour Wire", "--published", "2026-03-02", "../examples/valmora-port-strike.txt"};

    @Test
    void exampleJsonIsUnchanged() throws Exception {
        Cli r = Cli.run(ARGS);
        assertThat(r.exit()).as(r.err()).isZero();
        Path golden = Path.of("../examples/valmora-port-strike.json");
        if (Boolean.getBoolean("hearsay.updateGolden")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
