package org.hearsay.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The texts a benchmark runs over, and their size in CoreNLP tokens, the one count both engines are measured by. */
record Corpus(List<String> texts, long tokens) {

    /** The .txt files of {@code dir} (or of {@code dir/text}, PolNeAR's layout), sorted by name. */
    static Corpus load(Path dir) throws IOException {
        Path texts = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no .txt files in " + texts);
        }
        return new Corpus(out, countTokens(out));
    }

    private static long countTokens(List<String> texts) {
        RedwoodConfiguration.current().clear().apply();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p, false);
        long n = 0;
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tokenizer.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    Corpus repeated(int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(texts);
        }
        return new Corpus(out, tokens * times);
    }
}
