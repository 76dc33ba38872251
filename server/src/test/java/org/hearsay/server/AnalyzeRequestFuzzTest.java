package org.hearsay.server;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/analyze} with bodies nobody should send: random text, JSON of the wrong shapes,
 * fields of the wrong types. The answer is always 200, 400 or 413, as JSON with a message; never a 500.
 */
class AnalyzeRequestFuzzTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> value = Arbitraries.oneOf(anyText.map(AnalyzeRequestFuzzTest::quoted), Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("null", "true", "[]", "{}", "[\"a\"]", "1e999", "\"2026-02-30\"", "\"\""));
        Arbitrary<String> objects = Combinators.combine(Arbitraries.of("text", "title", "outlet", "published", "save", "x"), value,
                Arbitraries.of("text", "published", "save"), value).as((k1, v1, k2, v2) -> "{\"" + k1 + "\": " + v1 + ", \"" + k2 + "\": " + v2 + "}");
        return Arbitraries.oneOf(anyText, objects, value);
    }

    @Property(tries = 60)
    void neverAnInternalError(@ForAll("bodies") String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Fixture.get().url("/api/analyze")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(body + " → " + r.body()).isIn(200, 400, 413);
        assertThat(r.body()).startsWith("{");
        if (r.statusCode() != 200) {
            assertThat(r.body()).contains("\"message\"");
        }
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
