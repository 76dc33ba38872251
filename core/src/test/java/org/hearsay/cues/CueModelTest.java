package org.hearsay.cues;

import org.hearsay.parse.Token;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(m.hasClauseStep()).isTrue();
        assertThat(m.readsVectors()).isTrue();
        assertThat(m.hasHiddenLayer()).isTrue();
        assertThat(m.readsThirdLayer()).isTrue();
        assertThat(m.hasExtentStep()).isTrue();
    }

    /** A parsed sentence: word/TAG/ENTITY/HEAD/RELATION, heads counted from 0, -1 for the root. */
    static org.hearsay.parse.Parse parsed(String annotated) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : annotated.split(" ")) {
            String[] w = part.split("/");
            int at = text.length();
            text.append(w[0]).append(' ');
            tokens.add(new Token(tokens.size(), 0, at, at + w[0].length(), w[0], w[0].toLowerCase(), w[1], w[2],
                    Integer.parseInt(w[3]), w[4]));
        }
        String t = text.toString().strip();
        return new org.hearsay.parse.Parse(t, tokens, List.of(new org.hearsay.parse.Sentence(0, 0, tokens.size(), 0, t.length())));
    }

    private static CueModel withClauseStep(double veto) {
        org.hearsay.parse.Parse speech = parsed("Vogt/NNP/PERSON/1/nsubj scoffed/VBD/O/-1/root that/IN/O/5/mark the/DT/O/4/det plan/NN/O/5/nsubj failed/VBD/O/1/ccomp");
        org.hearsay.parse.Parse plain = parsed("The/DT/O/1/det storm/NN/O/2/nsubj battered/VBD/O/-1/root the/DT/O/4/det coast/NN/O/2/obj");
        List<CueModelTrainer.ClauseExample> verbs = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            verbs.add(new CueModelTrainer.ClauseExample(speech, 1, true));
            verbs.add(new CueModelTrainer.ClauseExample(speech, 5, false));
            verbs.add(new CueModelTrainer.ClauseExample(plain, 2, false));
        }
        CueModelTrainer trainer = new CueModelTrainer(5, 0.1, 1e-4, 7);
        return trainer.trainClauseStep(trainer.train(examples(), 0.5), verbs, veto);
    }

    @Test
    void theClauseStepJudgesAnUnseenVerbByItsClause() {
        CueModel m = withClauseStep(0.3);
        assertThat(m.hasClauseStep()).isTrue();
        // never seen: "chided" with a person for subject and a clause, against "lashed" with a storm and an object
        double shaped = m.clauseProbability(parsed("Okafor/NNP/PERSON/1/nsubj chided/VBD/O/-1/root that/IN/O/4/mark talks/NNS/O/4/nsubj stalled/VBD/O/1/ccomp"), 1);
        double plain = m.clauseProbability(parsed("The/DT/O/1/det storm/NN/O/2/nsubj lashed/VBD/O/-1/root the/DT/O/4/det pier/NN/O/2/obj"), 2);
        assertThat(shaped).isGreaterThan(0.5).isGreaterThan(plain);
        assertThat(m.vetoes(parsed("The/DT/O/1/det storm/NN/O/2/nsubj battered/VBD/O/-1/root the/DT/O/4/det coast/NN/O/2/obj"), 2)).isTrue();
    }

    @Test
    void theClauseStepRoundTripsAndAModelWithoutOneNeverVetoes() throws IOException {
        StringWriter a = new StringWriter();
        withClauseStep(0.3).write(a, List.of("test"));
        CueModel read = CueModel.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter b = new StringWriter();
        read.write(b, List.of("test"));
        assertThat(b.toString()).isEqualTo(a.toString()).contains("@clause-veto\t0.30000");
        CueModel tagOnly = new CueModelTrainer(5, 0.1, 1e-4, 7).train(examples(), 0.5);
        assertThat(tagOnly.hasClauseStep()).isFalse();
        assertThat(tagOnly.vetoes(parsed("The/DT/O/1/det storm/NN/O/2/nsubj battered/VBD/O/-1/root"), 2)).isFalse();
    }

    @Test
    void aClauseStepTrainedOnVectorsReadsThemAndRoundTrips() throws IOException {
        org.hearsay.parse.Parse speech = parsed("Vogt/NNP/PERSON/1/nsubj scoffed/VBD/O/-1/root at/IN/O/3/case critics/NNS/O/1/obl");
        org.hearsay.parse.Parse plain = parsed("Vogt/NNP/PERSON/1/nsubj sailed/VBD/O/-1/root to/IN/O/3/case Orsa/NNP/LOCATION/1/obl");
        float[] scoffed = ContextEncoder.shared().encode(speech, speech.sentences().get(0))[1];
        float[] sailed = ContextEncoder.shared().encode(plain, plain.sentences().get(0))[1];
        assertThat(scoffed).hasSize(2 * ContextEncoder.DIMENSIONS);
        List<CueModelTrainer.ClauseExample> last = new ArrayList<>();
        List<CueModelTrainer.ClauseExample> third = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            last.add(new CueModelTrainer.ClauseExample(speech, 1, true, ContextEncoder.last(scoffed)));
            last.add(new CueModelTrainer.ClauseExample(plain, 1, false, ContextEncoder.last(sailed)));
            third.add(new CueModelTrainer.ClauseExample(speech, 1, true, ContextEncoder.third(scoffed)));
            third.add(new CueModelTrainer.ClauseExample(plain, 1, false, ContextEncoder.third(sailed)));
        }
        CueModelTrainer trainer = new CueModelTrainer(5, 0.1, 1e-4, 7);
        CueModel tagged = trainer.train(examples(), 0.5);
        CueModel one = trainer.trainClauseStep(tagged, last, 0.3);
        CueModel m = one.withThirdLayerStep(trainer.trainHiddenLayer(trainer.trainClauseStep(tagged, third, 0.3), third, 4, 1));
        assertThat(one.readsVectors()).isTrue();
        assertThat(one.readsThirdLayer()).isFalse();
        assertThat(m.readsThirdLayer()).isTrue();
        StringWriter a = new StringWriter();
        m.write(a, List.of("test"));
        assertThat(a.toString()).contains("\n" + CueModel.VECTOR, "\n" + CueModel.THIRD + CueModel.VECTOR,
                "\n" + CueModel.THIRD + HiddenLayer.OUT, "\n" + CueModel.THIRD + "@clause-bias\t");
        CueModel read = CueModel.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter b = new StringWriter();
        read.write(b, List.of("test"));
        assertThat(b.toString()).isEqualTo(a.toString());
        // the same clause shape, told apart by the verbs' meaning alone, with one step or two
        assertThat(one.clauseProbability(speech, 1)).isGreaterThan(one.clauseProbability(plain, 1));
        assertThat(read.clauseProbability(speech, 1)).isGreaterThan(read.clauseProbability(plain, 1));
        assertThat(read.clauseProbability(speech, 1)).isNotEqualTo(one.clauseProbability(speech, 1));
        assertThat(withClauseStep(0.3).readsVectors()).isFalse();
    }

    @Test
    void aThirdLayerStepWithoutItsBiasIsRefused() {
        String file = "@bias\t0.00000\n@threshold\t0.50000\n@clause-bias\t0.00000\n@clause-veto\t0.30000\n3|c|vec=0\t0.10000\n";
        assertThatThrownBy(() -> CueModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("3|@clause-bias");
        String stray = "@bias\t0.00000\n3|x|end=1\t0.10000\n";
        assertThatThrownBy(() -> CueModel.read(new ByteArrayInputStream(stray.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void theExtentStepLearnsWhereCuesEndAndRoundTrips() throws IOException {
        // annotators' habit, as taught here: "went on to say" is one cue, "said on the ferry" ends at "said"
        org.hearsay.parse.Parse wentOn = parsed("Vogt/NNP/PERSON/1/nsubj went/VBD/O/-1/root on/RP/O/1/compound:prt to/TO/O/4/mark "
                + "say/VB/O/1/xcomp that/IN/O/7/mark talks/NNS/O/7/nsubj stalled/VBD/O/4/ccomp");
        org.hearsay.parse.Parse onBoard = parsed("Vogt/NNP/PERSON/1/nsubj said/VBD/O/-1/root on/IN/O/4/case the/DT/O/4/det "
                + "ferry/NN/O/1/obl that/IN/O/7/mark talks/NNS/O/7/nsubj stalled/VBD/O/1/ccomp");
        Cue say = new Cue(CueClass.SPEECH, 4, new org.hearsay.parse.CharSpan(wentOn.token(4).begin(), wentOn.token(4).end()), "say");
        Cue said = new Cue(CueClass.SPEECH, 1, new org.hearsay.parse.CharSpan(onBoard.token(1).begin(), onBoard.token(1).end()), "say");
        List<CueModelTrainer.ExtentExample> words = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            words.addAll(CueModelTrainer.extentExamples(wentOn, List.of(say), List.of(new int[]{wentOn.token(1).begin(), wentOn.token(4).end()})));
            words.addAll(CueModelTrainer.extentExamples(onBoard, List.of(said), List.of(new int[]{onBoard.token(1).begin(), onBoard.token(1).end()})));
        }
        CueModelTrainer trainer = new CueModelTrainer(5, 0.1, 1e-4, 7);
        CueModel m = trainer.trainExtentStep(withClauseStep(0.3), words);
        assertThat(m.hasExtentStep()).isTrue();
        StringWriter a = new StringWriter();
        m.write(a, List.of("test"));
        CueModel read = CueModel.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.toString()).contains("@extent-bias");
        assertThat(read.extent(wentOn, say).of(wentOn.text())).isEqualTo("went on to say");
        assertThat(read.extent(onBoard, said).of(onBoard.text())).isEqualTo("said");
        // a model without the step keeps the rules' span
        assertThat(withClauseStep(0.3).extent(wentOn, say)).isEqualTo(say.span());
        // trained again on a model that has the step, the new step's weights are all there is
        List<CueModelTrainer.ExtentExample> saidOnly = CueModelTrainer.extentExamples(onBoard, List.of(said),
                List.of(new int[]{onBoard.token(1).begin(), onBoard.token(1).end()}));
        StringWriter fresh = new StringWriter();
        StringWriter again = new StringWriter();
        trainer.trainExtentStep(withClauseStep(0.3), saidOnly).write(fresh, List.of("test"));
        trainer.trainExtentStep(m, saidOnly).write(again, List.of("test"));
        assertThat(again.toString()).isEqualTo(fresh.toString());
    }

    @Property
    void aWrittenWeightReadsBackAsJavaWouldParseIt(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long hundredThousandths) {
        String written = String.format(java.util.Locale.ROOT, "%.5f", hundredThousandths / 100000.0);
        String line = "c|x\t" + written;
        assertThat(Double.doubleToRawLongBits(CueModel.number(line, 4)))
                .as(written).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(written)));
    }

    @Test
    void numbersInOtherFormsAreParsedAsJavaWould() {
        for (String s : new String[] {"-0.00000", "1e-5", "NaN", "-Infinity", "0.5", "12", "3.141592653589793"}) {
            assertThat(Double.doubleToRawLongBits(CueModel.number(s, 0))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }

    @Test
    void aDamagedModelFileNamesTheLine() {
        String damaged = "# test\n@bias\t0.10000\nc|x\tzero\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueModel.read(new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3").hasMessageContaining("c|x");
        String badUnit = "@bias\t0.10000\nc|hido=0\t1.00000\nc|hid=0,999\t1.00000\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CueModel.read(new ByteArrayInputStream(badUnit.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3").hasMessageContaining("c|hid=0,999");
    }
}
