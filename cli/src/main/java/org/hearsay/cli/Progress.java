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

/** A progress bar on the terminal's stderr (articles, articles/s, tokens/s, ETA), or nothing. */
interface Progress extends AutoCloseable {

    /** Roughly CoreNLP's token count: words and punctuation marks. */
    Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    void step(long tokens);

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
            public void clearLine() {
            }

            @Override
            public void close() {
            }
        };
    }

    static Progress onTerminal(int articles) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Analysing")
                .setInitialMax(articles)
                .setUnit(" articles", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        Instant start = Instant.now();
        return new Progress() {
            private long tokens;

            @Override
            public synchronized void step(long n) {
                tokens += n;
                double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
                bar.setExtraMessage(String.format(Locale.ROOT, "%,.0f tokens/s", tokens / seconds));
                bar.step();
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
