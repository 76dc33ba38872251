package org.hearsay.cues;

import org.hearsay.parse.Token;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned cue model on sentences written for it: it learns, it is deterministic, it round-trips. */
class CueModelTest {

    /** A tagged sentence: word/TAG/ENTITY triples, lemma = lower-case word. */
    static List<Token> sentence(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String part : tagged.split(" ")) {
            String[] w = part.split("/");
            out.add(new Token(out.size(), 0, at, at + w[0].length(), w[0], w[0].toLowerCase(), w[1], w.length > 2 ? w[2] : "O", -1, "dep"));
            at += w[0].length() + 1;
        }
        return out;
    }

    static List<CueModelTrainer.Example> examples() {
        List<CueModelTrainer.Example> ex = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            List<Token> speech = sentence("Vogt/NNP/PERSON scoffed/VBD that/IN the/DT plan/NN failed/VBD");
            ex.add(new CueModelTrainer.Example(speech, 1, true));
            ex.add(new CueModelTrainer.Example(speech, 4, false));
            ex.add(new CueModelTrainer.Example(speech, 5, false));
            List<Token> plain = sentence("The/DT ferry/NN sailed/VBD to/TO Orsa/NNP/LOCATION");
            ex.add(new CueModelTrainer.Example(plain, 1, false));
            ex.add(new CueModelTrainer.Example(plain, 2, false));
        }
        return ex;
    }

    @Test
    void learnsAndGeneralisesFromContext() {
        CueModel m = new CueModelTrainer(5, 0.1, 1e-4, 7).train(examples(), 0.5);
        assertThat(m.isCue(sentence("Vogt/NNP/PERSON scoffed/VBD that/IN the/DT plan/NN failed/VBD"), 1)).isTrue();
        assertThat(m.isCue(sentence("The/DT ferry/NN sailed/VBD to/TO Orsa/NNP/LOCATION"), 2)).isFalse();
        // an unseen verb in the same shape (a person before it, "that" after it) scores above an unseen verb without it
        double shaped = m.probability(sentence("Okafor/NNP/PERSON quipped/VBD that/IN the/DT talks/NNS stalled/VBD"), 1);
        double plain = m.probability(sentence("The/DT ship/NN docked/VBD at/IN noon/NN"), 2);
        assertThat(shaped).isGreaterThan(plain);
    }

    @Test
    void trainingIsDeterministicAndTheFileRoundTrips() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new CueModelTrainer(3, 0.1, 1e-4, 42).train(examples(), 0.5).write(a, List.of("test"));
        new CueModelTrainer(3, 0.1, 1e-4, 42).train(examples(), 0.5).write(b, List.of("test"));
        assertThat(a.toString()).isEqualTo(b.toString());
        CueModel read = CueModel.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter c = new StringWriter();
        read.write(c, List.of("test"));
        assertThat(c.toString()).isEqualTo(a.toString());
        assertThat(read.threshold()).isEqualTo(0.5);
    }

    @Test
    void theShippedModelLoads() {
        CueModel m = CueModel.shipped();
        assertThat(m.size()).isGreaterThan(10_000);
        assertThat(m.threshold()).isEqualTo(0.5);
    }
}
