package org.hearsay.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.AttributionKind;
import org.hearsay.model.DocumentInfo;
import org.hearsay.model.Entity;
import org.hearsay.model.EntityType;
import org.hearsay.model.Recipient;
import org.hearsay.model.Span;
import org.hearsay.model.Speaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code hearsay/1} JSON document, as written down in {@code docs/schema.md}: fields in a fixed
 * order, absent values as {@code null}, spans as {@code {"start", "end", "text"}} in code points.
 * Reads back what it writes. Thread-safe.
 */
public final class JsonFormat {

    public static final String SCHEMA = "hearsay/1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Analysis a) {
        try {
            return mapper.writeValueAsString(toTree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON for document " + a.document().id(), e);
        }
    }

    /** One line, for JSON Lines streams. */
    public String writeLine(Analysis a) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON for document " + a.document().id(), e);
        }
    }

    public ObjectNode toTree(Analysis a) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        DocumentInfo d = a.document();
        ObjectNode doc = root.putObject("document");
        doc.put("id", d.id());
        doc.put("title", d.title().orElse(null));
        doc.put("published", d.published().map(LocalDate::toString).orElse(null));
        doc.put("outlet", d.outlet().orElse(null));
        doc.put("url", d.url().orElse(null));
        root.put("text", a.text());
        ArrayNode atts = root.putArray("attributions");
        for (Attribution at : a.attributions()) {
            ObjectNode n = atts.addObject();
            n.put("id", at.id());
            n.put("kind", at.kind().label());
            n.set("cue", at.cue().map(SpanJson::write).orElse(null));
            n.set("sources", SpanJson.writeAll(at.sources()));
            n.set("contents", SpanJson.writeAll(at.contents()));
            if (at.speaker().isPresent()) {
                Speaker s = at.speaker().get();
                ObjectNode sp = n.putObject("speaker");
                sp.put("entity", s.entity());
                sp.put("name", s.name());
                sp.put("role", s.role().orElse(null));
            } else {
                n.putNull("speaker");
            }
            if (at.recipient().isPresent()) {
                Recipient r = at.recipient().get();
                ObjectNode rp = n.putObject("recipient");
                rp.put("entity", r.entity());
                rp.put("name", r.name());
                rp.set("span", SpanJson.write(r.span()));
            } else {
                n.putNull("recipient");
            }
            n.put("parent", at.parent().orElse(null));
            n.set("hedges", SpanJson.writeAll(at.hedges()));
            n.put("confidence", at.confidence());
            ArrayNode chain = n.putArray("chain");
            a.chain(at).forEach(chain::add);
        }
        ArrayNode ents = root.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode n = ents.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().label());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode roles = n.putArray("roles");
            e.roles().forEach(roles::add);
            n.set("mentions", SpanJson.writeAll(e.mentions()));
        }
        return root;
    }


    /** Reads a {@code hearsay/1} document. Throws {@link IllegalArgumentException} saying what is wrong. */
    public Analysis read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText(null))) {
            throw new IllegalArgumentException("not a " + SCHEMA + " document: \"schema\" is " + (root == null ? "missing" : root.path("schema")));
        }
        JsonNode d = root.path("document");
        DocumentInfo info = new DocumentInfo(text(d, "id").orElseThrow(() -> new IllegalArgumentException("document.id is missing")),
                text(d, "title"), text(d, "published").map(LocalDate::parse), text(d, "outlet"), text(d, "url"));
        String text = text(root, "text").orElseThrow(() -> new IllegalArgumentException("text is missing"));
        List<Attribution> atts = new ArrayList<>();
        for (JsonNode n : root.path("attributions")) {
            Optional<Speaker> speaker = n.path("speaker").isObject()
                    ? Optional.of(new Speaker(n.path("speaker").path("entity").asText(), n.path("speaker").path("name").asText(),
                    text(n.path("speaker"), "role")))
                    : Optional.empty();
            Optional<Recipient> recipient = n.path("recipient").isObject()
                    ? Optional.of(new Recipient(n.path("recipient").path("entity").asText(), n.path("recipient").path("name").asText(),
                    SpanJson.read(n.path("recipient").path("span"))))
                    : Optional.empty();
            atts.add(new Attribution(n.path("id").asText(), AttributionKind.fromLabel(n.path("kind").asText()),
                    n.path("cue").isObject() ? Optional.of(SpanJson.read(n.path("cue"))) : Optional.empty(),
                    SpanJson.readAll(n.path("sources")), SpanJson.readAll(n.path("contents")), speaker, recipient,
                    text(n, "parent"), SpanJson.readAll(n.path("hedges")), n.path("confidence").asDouble()));
        }
        List<Entity> ents = new ArrayList<>();
        for (JsonNode n : root.path("entities")) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(x -> aliases.add(x.asText()));
            List<String> roles = new ArrayList<>();
            n.path("roles").forEach(x -> roles.add(x.asText()));
            ents.add(new Entity(n.path("id").asText(), n.path("name").asText(), EntityType.fromLabel(n.path("type").asText()),
                    aliases, roles, SpanJson.readAll(n.path("mentions"))));
        }
        return new Analysis(info, text, atts, ents);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

}
