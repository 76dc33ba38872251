package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The laid-out scoring must give CoreNLP's scores to the last bit, or parses could differ: compared on
 * feature vectors mixing precomputed products, cached ones and products never seen before.
 */
class LaidOutClassifierTest {

    private static Classifier original;
    private static LaidOutClassifier laidOut;
    private static List<Integer> precomputedKeys;
    private static int vocabulary;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        Properties props = new Properties();
        props.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        // not through CoreNLP's cache of parsers, whose classifier hearsay may already have replaced
        DependencyParser parser = new DependencyParser(props);
        parser.loadModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        original = (Classifier) f.get(parser);
        laidOut = LaidOutClassifier.of(original);
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
            double[] expected = original.computeScores(feature);
            // twice: the second time the products come from the cache
            assertThat(laidOut.computeScores(feature)).containsExactly(expected);
            assertThat(laidOut.computeScores(feature)).containsExactly(expected);
        }
    }
}
