package org.hearsay.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one input as UTF-8 text, refusing what is not an article: too large, empty, binary or not
 * UTF-8. Each refusal is an {@link InputException} whose message says why, with the byte offset where
 * there is one.
 */
public final class InputText {

    /** An input that cannot be analysed; the message is the reason, for a one-line error. */
    public static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    private InputText() {
    }

    public static String read(Path file, long maxBytes) throws InputException, IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new InputException(String.format(Locale.ROOT, "is %s, over the %s limit (see --max-size)", human(size), human(maxBytes)));
        }
        return decode(Files.readAllBytes(file));
    }

    public static String read(InputStream in, long maxBytes) throws InputException, IOException {
        return decode(readBytes(in, maxBytes));
    }

    /** All of {@code in}, refused when it holds more than {@code maxBytes}. */
    public static byte[] readBytes(InputStream in, long maxBytes) throws InputException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputException("is over the " + human(maxBytes) + " limit (see --max-size)");
        }
        return bytes;
    }

    public static String decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException("looks binary, not text (a NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new InputException(String.format(Locale.ROOT, "is not valid UTF-8 (byte 0x%02X at offset %d)",
                    bytes[in.position()] & 0xff, in.position()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark is not part of the article
        }
        if (text.isBlank()) {
            throw new InputException("is empty (only white space)");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 16 && control * 100L > text.length()) {
            throw new InputException("looks binary, not text (" + control + " control characters)");
        }
        return text;
    }

    public static String human(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) (1 << 10));
        }
        return bytes + " bytes";
    }
}
