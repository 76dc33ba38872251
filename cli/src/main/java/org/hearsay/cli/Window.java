package org.hearsay.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work on {@code threads} threads and hands each result, in submission order, to one consumer
 * on the submitting thread. At most {@code 4 × threads} pieces are in flight, so a batch of any size
 * holds only a few articles per thread in memory, and the consumer (writing output, a store) needs
 * no locking.
 */
final class Window<R> implements AutoCloseable {

    private final ExecutorService pool;
    private final int size;
    private final Consumer<R> done;
    private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

    Window(int threads, Consumer<R> done) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + ", must be at least 1");
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hearsay-worker");
            t.setDaemon(true);
            return t;
        });
        this.size = threads * 4;
        this.done = done;
    }

    /** Submits one piece of work; first hands on finished results while the window is full. */
    void submit(Callable<R> work) throws InterruptedException {
        while (inFlight.size() >= size) {
            takeOldest();
        }
        inFlight.add(pool.submit(work));
    }

    /** Waits for everything submitted and hands it on. */
    void drain() throws InterruptedException {
        while (!inFlight.isEmpty()) {
            takeOldest();
        }
    }

    private void takeOldest() throws InterruptedException {
        try {
            done.accept(inFlight.poll().get());
        } catch (ExecutionException e) {
            // the work catches what it expects; anything else is a bug worth its stack trace
            throw new IllegalStateException("unexpected failure: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
