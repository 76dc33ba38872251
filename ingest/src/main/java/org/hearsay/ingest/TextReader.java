package org.hearsay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** A plain UTF-8 text file is one article. */
final class TextReader implements ArticleReader {

    private final long maxBytes;

    TextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, InputStream in, Consumer<Item> sink) throws IOException {
        try {
            String text = InputText.read(in, maxBytes);
            sink.accept(new Article(file.toString(), text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        } catch (InputText.InputException e) {
            sink.accept(new Failure(file.toString(), e.getMessage()));
        }
    }
}
