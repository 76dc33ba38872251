package org.hearsay.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hearsay.model.Span;

import java.util.ArrayList;
import java.util.List;

/** A span as every JSON format here writes it: {@code {"start", "end", "text"}}, in code points. */
final class SpanJson {

    private SpanJson() {
    }

    static ObjectNode write(Span s) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
        return n;
    }

    static ArrayNode writeAll(List<Span> spans) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        spans.forEach(s -> a.add(write(s)));
        return a;
    }

    static Span read(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt(), n.path("text").asText());
    }

    static List<Span> readAll(JsonNode array) {
        List<Span> out = new ArrayList<>();
        array.forEach(n -> out.add(read(n)));
        return out;
    }
}
