package org.hearsay.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * JSON Lines: one article a line, {@code {"text", "title", "url", "published", "outlet"}}; only
 * {@code text} is required. A bad line is a failure of that line (named by its number); the next
 * lines are still read.
 */
final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, InputStream in, Consumer<Item> sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 1;
        boolean tooLong = false;
        for (int b = in.read(); ; b = in.read()) {
            if (b == '\n' || b == -1) {
                String origin = file + ":" + number;
                if (tooLong) {
                    sink.accept(new Failure(origin, "line is over the " + InputText.human(maxBytes) + " limit"));
                } else if (line.size() > 0 && !isBlank(line)) {
                    sink.accept(parse(origin, line.toByteArray()));
                }
                if (b == -1) {
                    return;
                }
                line.reset();
                tooLong = false;
                number++;
            } else if (!tooLong) {
                line.write(b);
                if (line.size() > maxBytes) {
                    tooLong = true;
                    line.reset();
                }
            }
        }
    }

    private static boolean isBlank(ByteArrayOutputStream line) {
        for (byte x : line.toByteArray()) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Item parse(String origin, byte[] bytes) {
        String json;
        try {
            json = InputText.decode(bytes);
        } catch (InputText.InputException e) {
            return new Failure(origin, e.getMessage());
        }
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new Failure(origin, "is not JSON: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            return new Failure(origin, "is not a JSON object");
        }
        JsonNode text = n.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            return new Failure(origin, "has no \"text\" (or it is empty)");
        }
        Optional<String> published = field(n, "published");
        return new Article(origin, text.asText(), field(n, "title"), published.flatMap(PublicationDate::parse),
                field(n, "outlet"), field(n, "url"));
    }

    private static Optional<String> field(JsonNode n, String name) {
        JsonNode v = n.path(name);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }
}
