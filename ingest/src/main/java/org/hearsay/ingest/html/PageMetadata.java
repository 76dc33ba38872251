package org.hearsay.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearsay.ingest.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page's metadata, from the most specific source to the least: JSON-LD {@code NewsArticle}, then
 * Open Graph and {@code article:published_time}, then plain HTML ({@code <title>}, canonical link,
 * {@code <time>}).
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
            "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting");

    /** The JSON-LD object describing the article, if the page has one. */
    final Optional<JsonNode> article;
    private final Document doc;

    PageMetadata(Document doc) {
        this.doc = doc;
        this.article = jsonLdArticle(doc);
    }

    Optional<String> title() {
        return first(ld("headline"), meta("og:title"), meta("twitter:title"),
                Optional.of(doc.title()).map(BlockText::fold).filter(s -> !s.isEmpty()));
    }

    Optional<LocalDate> published() {
        return first(ld("datePublished"), meta("article:published_time"), meta("og:published_time"),
                meta("datePublished"), meta("pubdate"), meta("publishdate"), meta("date"), meta("dc.date"),
                meta("dc.date.issued"), meta("parsely-pub-date"), meta("sailthru.date"),
                Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
                .flatMap(PublicationDate::parse);
    }

    Optional<String> outlet() {
        return first(article.map(a -> a.path("publisher").path("name").asText("")).filter(s -> !s.isBlank()),
                meta("og:site_name"), meta("application-name"));
    }

    Optional<String> url() {
        return first(meta("og:url"),
                Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")),
                ld("url"), Optional.of(doc.location()))
                .filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    }

    /** The JSON-LD {@code articleBody}, if given. */
    Optional<String> articleBody() {
        return ld("articleBody");
    }

    private Optional<String> ld(String field) {
        return article.map(a -> a.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(BlockText::fold).filter(s -> !s.isEmpty());
    }

    private Optional<String> meta(String name) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String key = !m.attr("property").isEmpty() ? m.attr("property") : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return Optional.of(BlockText.fold(m.attr("content")));
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static <T> Optional<T> first(Optional<T>... options) {
        for (Optional<T> o : options) {
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue; // a page's broken JSON-LD is its own problem; the other sources remain
            }
            List<JsonNode> candidates = new ArrayList<>();
            collect(root, candidates, 0);
            for (JsonNode n : candidates) {
                if (isArticle(n.path("@type"))) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (depth > 4 || n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> collect(x, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isTextual()) {
            return ARTICLE_TYPES.contains(type.asText());
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
