package org.hearsay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API on a random loopback port, over a real store and pipeline. */
class ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Fixture f = Fixture.get();

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    Reply get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(f.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().startsWith("{") ? JSON.readTree(r.body()) : null, r);
    }

    Reply post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(f.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().startsWith("{") ? JSON.readTree(r.body()) : null, r);
    }

    @Test
    void anArticleComesWithItsAttributionsSpansAndChains() throws Exception {
        Reply r = get("/api/articles/" + f.valmora);
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body.path("article").path("title").asText()).isEqualTo("Dockworkers shut Valmora port as pay talks collapse");
        JsonNode atts = r.body.path("attributions");
        assertThat(atts.size()).isGreaterThan(8);
        JsonNode nested = null;
        for (JsonNode a : atts) {
            if (a.path("chain").size() == 3 && a.path("chain").get(1).asText().contains("Herald")) {
                nested = a;
            }
        }
        assertThat(nested).as("an attribution relayed through the Herald").isNotNull();
        JsonNode content = nested.path("contents").get(0);
        String text = r.body.path("article").path("text").asText();
        int from = text.offsetByCodePoints(0, content.path("start").asInt());
        int to = text.offsetByCodePoints(0, content.path("end").asInt());
        assertThat(text.substring(from, to)).isEqualTo(content.path("text").asText());
    }

    @Test
    void listsSpeakersSearchesAndGraphs() throws Exception {
        JsonNode speakers = get("/api/speakers").body.path("speakers");
        JsonNode iliescu = null;
        for (JsonNode s : speakers) {
            if (s.path("name").asText().equals("Marta Iliescu")) {
                iliescu = s;
            }
        }
        assertThat(iliescu).isNotNull();
        assertThat(iliescu.path("outlets").asInt()).isEqualTo(2); // the wire story and the Herald's ferry story
        JsonNode speaker = get("/api/speakers/" + iliescu.path("entity").asLong()).body;
        assertThat(speaker.path("quotes").size()).isGreaterThanOrEqualTo(3);
        assertThat(speaker.path("roles").toString()).contains("the leader of the Valmora Dockworkers' Union");

        JsonNode hits = get("/api/search?q=" + URLEncoder.encode("replacement crews", StandardCharsets.UTF_8)).body.path("hits");
        assertThat(hits.size()).isGreaterThanOrEqualTo(1);
        assertThat(hits.get(0).path("snippet").asText()).contains("\u0002replacement\u0003");
        assertThat(get("/api/search?q=ferry&outlet=Harbour%20Wire").body.path("hits").size()).isZero();
        assertThat(get("/api/search?q=ferry&outlet=Valmora%20Herald").body.path("hits").size()).isPositive();
        assertThat(get("/api/search?q=strike&from=2026-03-03").body.path("hits").toString()).doesNotContain("Dockworkers shut");

        assertThat(get("/api/graph").body.path("edges").toString()).contains("\"from\":\"Harbour Wire\"");
        assertThat(get("/api/articles").body.path("articles").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void errorsAreJsonWithAStatusAndAMessage() throws Exception {
        Reply missing = get("/api/articles/999999");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.body.path("status").asInt()).isEqualTo(404);
        assertThat(missing.body.path("message").asText()).contains("no article 999999");
        assertThat(get("/api/articles/abc").body.path("message").asText()).contains("not an id");
        Reply badLimit = get("/api/speakers?limit=lots");
        assertThat(badLimit.status).isEqualTo(400);
        assertThat(badLimit.body.path("message").asText()).contains("limit must be a whole number from 1 to 500, was 'lots'");
        assertThat(get("/api/search").body.path("message").asText()).contains("search needs words");
        assertThat(get("/api/search?q=x&from=yesterday").body.path("message").asText()).contains("from must be a date as YYYY-MM-DD");
        Reply noRoute = get("/api/nothing-here");
        assertThat(noRoute.status).isEqualTo(404);
        assertThat(noRoute.body.path("message").asText()).contains("no such endpoint");
        assertThat(post("/api/analyze", "not json").body.path("message").asText()).contains("not JSON");
        assertThat(post("/api/analyze", "{\"title\": \"no text\"}").status).isEqualTo(400);
    }

    @Test
    void analyseIsBoundedInSize() throws Exception {
        String big = "{\"text\": \"" + "The harbour master said the tide was late. ".repeat(8000) + "\"}";
        Reply r = post("/api/analyze", big);
        assertThat(r.status).isEqualTo(413);
        assertThat(r.body.path("message").asText()).contains("at most " + (256 * 1024));
    }

    @Test
    void aSlowAnalysisIsStoppedWithA503() throws Exception {
        io.javalin.Javalin strict = WebApp.start(f.store, () -> f.analyzer,
                new ServerConfig("127.0.0.1", 0, 256 * 1024, java.time.Duration.ofMillis(1)));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + strict.port() + "/api/analyze"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + "The harbour master said the tide was late. ".repeat(200) + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(r.body()).path("message").asText()).contains("took longer than").contains("send a shorter text");
        } finally {
            strict.stop();
        }
    }

    @Test
    void analysesAndOptionallySaves() throws Exception {
        Reply r = post("/api/analyze", "{\"text\": \"“The tide is late today,” the harbour master told the Valmora Herald on Friday.\", \"outlet\": \"Port Weekly\"}");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body.path("analysis").path("schema").asText()).isEqualTo("hearsay/1");
        assertThat(r.body.path("analysis").path("attributions").get(0).path("recipient").path("name").asText()).contains("Valmora Herald");
        assertThat(r.body.path("saved").isNull()).isTrue();

        Reply saved = post("/api/analyze", "{\"text\": \"The pilots said the breakwater lights were fixed on Thursday.\", \"save\": true}");
        long id = saved.body.path("saved").asLong();
        assertThat(get("/api/articles/" + id).body.path("article").path("text").asText()).contains("breakwater lights");
        Reply again = post("/api/analyze", "{\"text\": \"The pilots said the breakwater lights were fixed on Thursday.\", \"save\": true}");
        assertThat(again.body.path("saved").asLong()).isEqualTo(id); // the same text is stored once
    }

    @Test
    void pagesCarrySecurityHeadersAndEscapeWhatTheyEcho() throws Exception {
        Reply page = get("/articles/" + f.hostile);
        assertThat(page.status).isEqualTo(200);
        assertThat(page.raw.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.raw.body()).doesNotContain("__pwned");
        Reply odd = get("/speakers/%3Cscript%3E");
        assertThat(odd.raw.body()).doesNotContain("<script>");
    }
}
