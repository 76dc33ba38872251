package org.hearsay.ingest.html;

import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Finds the article in a news page: its main text without navigation, ads, captions and comments,
 * and its metadata. Readability (readability4j, a port of Firefox's reader view) picks the main
 * block, after {@link Boilerplate} has removed what names itself as no part of the article (captions,
 * bylines, share bars, related links, comments); when readability settles on a sliver of the page, the
 * block richest in paragraphs is taken instead. The page's own JSON-LD {@code articleBody} wins when
 * it is whole. Measured on the article-extraction benchmark with {@code ./hearsay extract --gold}.
 * Stateless and thread-safe.
 */
public final class ArticleExtractor {

    /** The readable text of an HTML fragment: a paragraph per block, blank lines between them. */
    public static String textOf(Element root) {
        return BlockText.of(root);
    }

    public Page extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri));
    }

    public Page extract(Document doc) {
        PageMetadata meta = new PageMetadata(doc);
        String text = mainText(doc.clone(), meta);
        return new Page(text, meta.title(), meta.published(), meta.outlet(), meta.url());
    }

    private String mainText(Document doc, PageMetadata meta) {
        Boilerplate.strip(doc);
        String readable = Boilerplate.tidy(readable(doc.clone()), meta.title(), meta.url()); // readability rewrites what it reads
        // readability sometimes settles on a sliver of the page; then the block richest in paragraphs wins
        String dense = Boilerplate.tidy(densestParagraphs(doc), meta.title(), meta.url());
        if (readable.length() < 0.5 * dense.length()) {
            readable = dense;
        }
        Optional<String> body = meta.articleBody();
        if (body.isPresent() && body.get().length() >= 0.8 * readable.length()) {
            return body.get();
        }
        return readable;
    }

    /** The text of the element whose own paragraphs ({@code <p>} children) hold the most text. */
    private static String densestParagraphs(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element e : doc.getAllElements()) {
            int length = 0;
            for (Element child : e.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best == null ? "" : BlockText.of(best);
    }

    private static String readable(Document doc) {
        Readability4JExtended r = new Readability4JExtended(doc.location(), doc);
        Element content = r.parse().getArticleContent();
        return content == null ? "" : BlockText.of(content);
    }
}
