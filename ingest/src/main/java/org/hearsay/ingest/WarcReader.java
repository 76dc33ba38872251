package org.hearsay.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A WARC web archive, plain or gzip-compressed (jwarc): each HTML response with status 200 is a
 * page, read as {@link HtmlReader} reads one, after undoing its transfer and content encodings and in
 * the charset its HTTP header names. Items are named by the record's byte offset
 * ({@code crawl.warc.gz@81920}). A truncated or corrupt archive yields what came before the damage
 * and one failure at the offset where it starts.
 */
final class WarcReader implements ArticleReader {

    private final HtmlReader pages;
    private final long maxBytes;

    WarcReader(HtmlReader pages, long maxBytes) {
        this.pages = pages;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, InputStream in, Consumer<Item> sink) throws IOException {
        long position = 0;
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(Channels.newChannel(in))) {
            reader.onWarning(w -> { }); // lenient: what is recoverable is recovered, the rest is a failure below
            while (true) {
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Failure(file + "@" + position, "truncated or corrupt WARC record: " + FeedReader.oneLine(e.getMessage())));
                    return;
                }
                if (record == null) {
                    return;
                }
                position = reader.position();
                String origin = file + "@" + position;
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                try {
                    HttpResponse http = response.http();
                    MediaType type = http.contentType();
                    if (http.status() != 200 || !type.base().equals(MediaType.HTML.base())) {
                        continue;
                    }
                    byte[] body;
                    try {
                        // as the crawler received it: chunked and gzip/deflate/brotli content-encoding undone
                        body = InputText.readBytes(http.bodyDecoded().stream(), maxBytes);
                    } catch (InputText.InputException e) {
                        sink.accept(new Failure(origin, "page " + e.getMessage()));
                        continue;
                    }
                    sink.accept(pages.page(origin, body, response.target(), Optional.ofNullable(type.parameters().get("charset"))));
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Failure(origin, "truncated or corrupt WARC record: " + FeedReader.oneLine(e.getMessage())));
                    return;
                }
            }
        }
    }
}
