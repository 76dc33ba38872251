package org.hearsay.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader view keeps but an article is not. Before readability runs: elements that name
 * themselves as boilerplate in a class or id word (caption, byline, share, related, newsletter...)
 * or are hidden. After: see {@link #tidy}.
 */
final class Boilerplate {

    private static final Set<String> WORDS = Set.of("caption", "captions", "figcaption", "credit", "credits", "byline", "bylines",
            "author", "authors", "dateline", "timestamp", "share", "sharing", "social", "related", "newsletter", "promo",
            "subscribe", "subscription", "gallery", "slideshow", "tags", "breadcrumb", "breadcrumbs", "toolbar", "ad", "ads",
            "advert", "advertisement", "sponsored", "recommended", "trending", "popular", "signup", "comments", "comment",
            "disclaimer", "copyright", "hidden", "print", "modal", "popup", "cookie", "cookies", "outbrain", "taboola", "nav", "menu");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DATELINE = Pattern.compile("^(updated|published|posted|last updated)\\b.{0,60}\\d{4}.{0,20}$", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** Removes, from the page, elements that say they are not the article. */
    static void strip(Document doc) {
        List<Element> drop = new ArrayList<>();
        if (doc.body() == null) {
            return;
        }
        int whole = doc.body().text().length();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || e.normalName().equals("html") || e.normalName().equals("article") || e.normalName().equals("main")) {
                continue;
            }
            if (e.normalName().equals("figcaption") || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none") || saysBoilerplate(e)) {
                // a wrapper that holds much of the page is the article's, whatever its class says
                if (e.text().length() < 0.4 * whole) {
                    drop.add(e);
                }
            }
        }
        drop.forEach(Element::remove);
    }

    private static boolean saysBoilerplate(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String w : SPLIT.split(names)) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the headline, the page's own URL and datelines standing alone, and a long paragraph that
     * repeats one of the three before it (a slideshow's caption; a recipe's repeated line is further off).
     */
    static String tidy(String text, Optional<String> title, Optional<String> url) {
        String headline = title.map(Boilerplate::key).orElse("");
        java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        for (String para : text.split("\n\n")) {
            String k = key(para);
            boolean repeated = k.split(" ").length >= 8 && recent.contains(k);
            recent.addLast(k);
            if (recent.size() > 3) {
                recent.removeFirst();
            }
            boolean isHeadline = !headline.isEmpty() && (k.equals(headline) || headline.startsWith(k)
                    || (k.startsWith(headline) && k.length() < headline.length() + 40));
            if (k.isEmpty() || repeated || isHeadline || url.map(u -> u.equals(para.strip())).orElse(false)
                    || DATELINE.matcher(para.strip()).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(para);
        }
        return out.toString();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
