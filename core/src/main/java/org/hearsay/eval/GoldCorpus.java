package org.hearsay.eval;

import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.format.BratFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder in PolNeAR's layout: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}.
 * Where several annotators did one article, the first .ann file by name is the gold.
 */
public final class GoldCorpus {

    /** One annotated article. */
    public record Article(String name, String text, List<AnnotatedAttribution> attributions) {
    }

    private final Path dir;
    private final Map<String, Path> annotations;

    private GoldCorpus(Path dir, Map<String, Path> annotations) {
        this.dir = dir;
        this.annotations = annotations;
    }

    public static GoldCorpus open(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path atts = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(atts)) {
            throw new IOException(dir + " is not in PolNeAR's layout: it needs text/ and attributions/ folders");
        }
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(atts)) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String file = ann.getFileName().toString();
                int underscore = file.lastIndexOf('_');
                String name = underscore < 0 ? file.substring(0, file.length() - 4) : file.substring(0, underscore);
                if (Files.exists(texts.resolve(name + ".txt"))) {
                    first.putIfAbsent(name, ann);
                }
            }
        }
        if (first.isEmpty()) {
            throw new IOException(atts + " has no .ann file that matches a text in " + texts);
        }
        return new GoldCorpus(dir, first);
    }

    public List<String> names() {
        return new ArrayList<>(annotations.keySet());
    }

    public int size() {
        return annotations.size();
    }

    public Article read(String name) {
        try {
            String text = Files.readString(dir.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
            String ann = Files.readString(annotations.get(name), StandardCharsets.UTF_8);
            try {
                return new Article(name, text, new BratFormat().read(ann, text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(annotations.get(name) + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
