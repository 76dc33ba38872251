package org.hearsay.bench;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.hearsay.attribution.AttributionExtractor;
import org.hearsay.cues.CueLexicon;
import org.hearsay.parse.LinguisticParser;
import org.hearsay.parse.Parse;
import org.hearsay.speakers.OutletDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the time goes, stage by stage, over a folder of texts (default: the shipped example; pass
 * {@code -p dir=../shared/data/polnear/dev} for PolNeAR). Each benchmark processes the whole folder
 * once; compare their averages to get stage shares:
 * {@code java -cp "$(cat bench/target/classpath.txt):bench/target/classes" org.openjdk.jmh.Main -p dir=...}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseParallelGC", "-Xss4m"})
public class StageBenchmarks {

    @Param({"examples"})
    public String dir;

    private LinguisticParser parser;
    private AttributionExtractor extractor;
    private List<String> texts;
    private List<Parse> parses;

    @Setup
    public void setup() throws Exception {
        RedwoodConfiguration.current().clear().apply();
        parser = new LinguisticParser();
        extractor = new AttributionExtractor(CueLexicon.english(), OutletDirectory.english());
        texts = Corpus.load(Path.of(dir)).texts();
        parses = new ArrayList<>();
        for (String t : texts) {
            parses.add(parser.parse(t, extractor::needsSyntax));
        }
    }

    /** Tokens, sentences, tags, lemmas, entities: no dependency parse. */
    @Benchmark
    public int tagging() {
        int n = 0;
        for (String t : texts) {
            n += parser.parse(t, s -> false).tokens().size();
        }
        return n;
    }

    /** Tagging plus a dependency parse of every sentence. */
    @Benchmark
    public int parsingEverySentence() {
        int n = 0;
        for (String t : texts) {
            n += parser.parse(t).tokens().size();
        }
        return n;
    }

    /** Tagging plus a dependency parse of the sentences that can hold an attribution, as shipped. */
    @Benchmark
    public int parsingSelectedSentences() {
        int n = 0;
        for (String t : texts) {
            n += parser.parse(t, extractor::needsSyntax).tokens().size();
        }
        return n;
    }

    /** hearsay's own stages, on parses made beforehand. */
    @Benchmark
    public int extraction() {
        int n = 0;
        for (Parse p : parses) {
            n += extractor.extract(p).attributions().size();
        }
        return n;
    }
}
