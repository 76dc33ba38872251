package org.hearsay.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearsay.SharedAnalyzer;
import org.hearsay.model.Analysis;
import org.hearsay.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON, Citron and brat output of one article, each read back, carry the same spans. */
class FormatsCarrySameSpansTest {

    private static Analysis analysis;
    private static List<AnnotatedAttribution> expected;

    @BeforeAll
    static void analyseExample() throws Exception {
        // an emoji first, so a format counting UTF-16 units instead of code points would show
        String text = "🚢 " + Files.readString(Path.of("../examples/valmora-port-strike.txt"), StandardCharsets.UTF_8);
        analysis = SharedAnalyzer.get().analyze(text);
        expected = analysis.attributions().stream().map(AnnotatedAttribution::of).toList();
        assertThat(expected).hasSizeGreaterThan(10);
    }

    @Test
    void jsonReadsBackToTheSameAnalysis() {
        JsonFormat json = new JsonFormat();
        Analysis back = json.read(json.write(analysis));
        assertThat(back).isEqualTo(analysis);
    }

    @Test
    void citronCarriesTheSameSpans() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new CitronFormat().write(analysis));
        List<AnnotatedAttribution> citron = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            citron.add(new AnnotatedAttribution(q.path("cue").isNull() ? List.of() : List.of(SpanJson.read(q.path("cue"))),
                    SpanJson.readAll(q.path("sources")), SpanJson.readAll(q.path("contents"))));
        }
        assertThat(citron).isEqualTo(expected);
        assertThat(root.path("text").asText()).isEqualTo(analysis.text());
    }

    @Test
    void bratCarriesTheSameSpans() {
        List<AnnotatedAttribution> brat = new BratFormat().read(new BratFormat().write(analysis), analysis.text());
        assertThat(brat).isEqualTo(expected);
    }

}
