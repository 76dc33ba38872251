package org.hearsay.ingest;

import org.hearsay.ingest.html.ArticleExtractor;
import org.hearsay.ingest.html.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** An HTML page (also gzip-compressed) is one article: its main text and metadata. */
final class HtmlReader implements ArticleReader {

    /** Fewer words than this is a menu or a title, not an article. */
    static final int MIN_WORDS = 8;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final long maxBytes;

    HtmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, InputStream in, Consumer<Item> sink) throws IOException {
        try {
            sink.accept(page(file.toString(), InputText.readBytes(in, maxBytes), "", Optional.empty()));
        } catch (InputText.InputException e) {
            sink.accept(new Failure(file.toString(), e.getMessage()));
        }
    }

    private static boolean known(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false; // a header's nonsense charset: let the page say
        }
    }

    /**
     * One page from its bytes. The charset is the one given (an HTTP header's), else the page's own
     * (byte order mark or meta), else UTF-8.
     */
    Item page(String origin, byte[] bytes, String url, Optional<String> charset) {
        if (bytes.length == 0) {
            return new Failure(origin, "is empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) {
                return new Failure(origin, "looks binary, not HTML (a NUL byte at offset " + i + ")");
            }
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset.filter(HtmlReader::known).orElse(null), url);
        } catch (IOException | RuntimeException e) {
            return new Failure(origin, "cannot be parsed as HTML: " + e.getMessage());
        }
        Page page = extractor.extract(doc);
        long words = page.text().codePoints().filter(Character::isWhitespace).count() + 1;
        if (page.text().isBlank() || words < MIN_WORDS) {
            return new Failure(origin, "has no article text that could be found (" + (page.text().isBlank() ? 0 : words) + " words)");
        }
        return new Article(origin, page.text(), page.title(), page.published(), page.outlet(), page.url());
    }
}
