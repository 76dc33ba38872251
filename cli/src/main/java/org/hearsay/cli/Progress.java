package org.hearsay.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress bar on the terminal's stderr: items done of all, their rate, ETA, and a second count
 * (tokens, articles) with its rate. Or nothing, when output is not a terminal.
 */
interface Progress extends AutoCloseable {

    /** Roughly CoreNLP's token count: words and punctuation marks. */
    Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    /** One item done, which added {@code amount} to the second count. */
    void step(long amount);

    /** Adds to the second count without an item done. */
    void add(long amount);

    /** Clears the bar's line so a message can be printed on it; the bar redraws itself after. */
    void clearLine();

    @Override
    void close();

    static long words(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void step(long tokens) {
            }

            @Override
            public void add(long amount) {
            }

            @Override
            public void clearLine() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** For {@code analyze}: articles, and tokens a second. */
    static Progress onTerminal(int articles) {
        return onTerminal("Analysing", articles, " articles", (tokens, seconds) -> String.format(Locale.ROOT, "%,.0f tokens/s", tokens / seconds));
    }

    /**
     * @param items  how many items there are
     * @param unit   what an item is, with a leading space
     * @param extra  the message beside the bar, from the second count and the seconds so far
     */
    static Progress onTerminal(String task, int items, String unit, java.util.function.BiFunction<Long, Double, String> extra) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(items)
                .setUnit(unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        Instant start = Instant.now();
        return new Progress() {
            private long count;

            @Override
            public synchronized void step(long n) {
                count += n;
                double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
                bar.setExtraMessage(extra.apply(count, seconds));
                bar.step();
            }

            @Override
            public synchronized void add(long n) {
                count += n;
            }

            @Override
            public void clearLine() {
                System.err.print("\r\u001b[K");
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
