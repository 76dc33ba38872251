package org.hearsay.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.Span;

/**
 * BBC Citron's annotation format: {@code {"text": ..., "quotes": [{"cue", "sources", "contents",
 * "coreferences", "confidence"}]}}, spans as {@code {"start", "end", "text"}} in code points. A quote
 * with no cue (a continuation) has {@code "cue": null}; {@code coreferences} holds the other mentions of
 * the speaker's entity, as Citron links pronoun sources to their names. Thread-safe.
 */
public final class CitronFormat {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Analysis a) {
        ObjectNode root = mapper.createObjectNode();
        root.put("text", a.text());
        ArrayNode quotes = root.putArray("quotes");
        for (Attribution at : a.attributions()) {
            ObjectNode q = quotes.addObject();
            if (at.cue().isPresent()) {
                q.set("cue", SpanJson.write(at.cue().get()));
            } else {
                q.putNull("cue");
            }
            ArrayNode sources = q.putArray("sources");
            at.sources().forEach(s -> sources.add(SpanJson.write(s)));
            ArrayNode contents = q.putArray("contents");
            at.contents().forEach(s -> contents.add(SpanJson.write(s)));
            ArrayNode coref = q.putArray("coreferences");
            at.speaker().flatMap(s -> a.findEntity(s.entity())).ifPresent(e -> e.mentions().stream()
                    .filter(m -> at.sources().stream().noneMatch(m::overlaps))
                    .forEach(m -> coref.add(SpanJson.write(m))));
            q.put("confidence", at.confidence());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write Citron JSON for document " + a.document().id(), e);
        }
    }

}
