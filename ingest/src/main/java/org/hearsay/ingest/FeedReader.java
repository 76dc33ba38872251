package org.hearsay.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.hearsay.ingest.html.ArticleExtractor;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An RSS or Atom feed (Rome): each item with content, or else a description, is an article; its
 * title, link and date come along, and the feed's title is the outlet. Items with neither are
 * failures named by their position.
 */
final class FeedReader implements ArticleReader {

    private final long maxBytes;

    FeedReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, InputStream in, Consumer<Item> sink) throws IOException {
        byte[] bytes;
        try {
            bytes = InputText.readBytes(in, maxBytes);
        } catch (InputText.InputException e) {
            sink.accept(new Failure(file.toString(), e.getMessage()));
            return;
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from an untrusted file
            feed = input.build(new XmlReader(new java.io.ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            sink.accept(new Failure(file.toString(), "is not a readable RSS or Atom feed: " + oneLine(e.getMessage())));
            return;
        }
        Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String origin = file + "#item " + n;
            String html = content(e);
            String text = html == null ? "" : ArticleExtractor.textOf(Jsoup.parseBodyFragment(html).body());
            if (text.isBlank()) {
                sink.accept(new Failure(origin, "has neither content nor description"));
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Optional<LocalDate> published = Optional.ofNullable(date).map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            sink.accept(new Article(origin, text, Optional.ofNullable(e.getTitle()).map(String::strip).filter(s -> !s.isEmpty()),
                    published, outlet, Optional.ofNullable(e.getLink()).filter(s -> !s.isBlank())));
        }
    }

    private static String content(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                b.append(c.getValue()).append('\n');
            }
        }
        if (b.toString().isBlank() && e.getDescription() != null) {
            return e.getDescription().getValue();
        }
        return b.toString();
    }

    static String oneLine(String s) {
        return s == null ? "(no detail)" : s.replaceAll("\\s+", " ").strip();
    }
}
