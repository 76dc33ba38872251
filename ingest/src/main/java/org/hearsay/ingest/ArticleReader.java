package org.hearsay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of input into articles. A reader never throws for a bad item: it hands on a
 * {@link Failure} naming the item and goes on with the next one. Readers hold no state between
 * calls and may be shared across threads.
 */
public interface ArticleReader {

    /**
     * Reads {@code in}, which came from {@code file} (for names and messages), handing each item to
     * {@code sink} as soon as it is read, so that a large archive is never held in memory whole.
     */
    void read(Path file, InputStream in, Consumer<Item> sink) throws IOException;
}
