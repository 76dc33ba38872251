package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The laid-out scoring must give CoreNLP's parses: its scores to the last bit wherever more than one
 * transition can apply, and the same parse of whole sentences.
 */
class LaidOutClassifierTest {

    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static DependencyParser parser;
    private static Classifier original;
    private static LaidOutClassifier laidOut;
    private static List<Integer> precomputedKeys;
    private static int vocabulary;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        Properties props = new Properties();
        props.setProperty("model", MODEL);
        // not through CoreNLP's cache of parsers, whose classifier hearsay may already have replaced
        parser = new DependencyParser(props);
        parser.loadModelFile(MODEL);
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        original = (Classifier) f.get(parser);
        laidOut = LaidOutClassifier.of(original, parser);
        Field m = Classifier.class.getDeclaredField("preMap");
        m.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) m.get(original);
        precomputedKeys = new ArrayList<>(preMap.keySet());
        precomputedKeys.sort(null);
        vocabulary = original.getE().length;
    }

    @Test
    void theModelIsOneItLaysOut() {
        assertThat(laidOut).isNotNull();
        assertThat(precomputedKeys).isNotEmpty();
    }

    @Test
    void scoresAreCoreNlpsToTheLastBit() {
        Random random = new Random(7);
        int compared = 0;
        for (int n = 0; n < 300; n++) {
            int[] feature = new int[Config.numTokens];
            for (int position = 0; position < feature.length; position++) {
                feature[position] = random.nextInt(vocabulary);
            }
            // about half the positions take a product CoreNLP precomputed for that position
            for (int k = 0; k < 200 && random.nextBoolean(); k++) {
                int key = precomputedKeys.get(random.nextInt(precomputedKeys.size()));
                feature[key % Config.numTokens] = key / Config.numTokens;
            }
            if (laidOut.shiftOnly(feature)) {
                continue;
            }
            double[] expected = original.computeScores(feature);
            // twice: the second time the products come from the cache
            assertThat(laidOut.computeScores(feature)).containsExactly(expected);
            assertThat(laidOut.computeScores(feature)).containsExactly(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(250);
    }

    @Test
    void parsesAreCoreNlps() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation("The port of Valmora stayed shut on Tuesday, the harbour master said. "
                + "\"We will not load a single ship until the talks resume,\" said Ana Ortiz, who leads the dockworkers' union. "
                + "Officials in the capital, citing a leaked memo, claimed that the strike had cost the region millions. "
                + "Asked whether the government would step in, the minister told reporters she hoped it would not come to that.");
        new StanfordCoreNLP(props).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<String> expected = new ArrayList<>();
        for (CoreMap s : sentences) {
            expected.add(parser.predict(s).typedDependencies().toString());
        }
        LaidOutClassifier.install(parser);
        List<String> actual = new ArrayList<>();
        for (CoreMap s : sentences) {
            actual.add(parser.predict(s).typedDependencies().toString());
        }
        assertThat(actual).hasSize(4).isEqualTo(expected);
    }
}
