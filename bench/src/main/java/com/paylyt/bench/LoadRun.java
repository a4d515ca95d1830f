package com.paylyt.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load run: a fixed number of connections, each on its own thread, sends one operation after
 * another. Operations started during the warm-up are not counted. The measured phase ends at its deadline or
 * after {@code maxOperations}, whichever comes first.
 */
final class LoadRun {

    /** Consecutive failures after which a run stops, because the server is not responding as expected. */
    private static final int MAX_ERRORS = 100;

    /** One unit of work on a connection; throws when the server's response is not the expected one. */
    @FunctionalInterface
    interface Operation {
        void run(HttpConnection connection, long sequence) throws IOException;
    }

    private LoadRun() {
    }

    static Measurement run(String name, int port, int connections, Duration warmup, Duration duration,
            long maxOperations, Operation operation) throws InterruptedException {
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long deadline = warmupEnd + duration.toNanos();
        AtomicLong sequence = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastCompletion = new AtomicLong(warmupEnd);
        AtomicReference<Exception> firstError = new AtomicReference<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            LatencyLog log = new LatencyLog();
            Thread worker = new Thread(() -> {
                HttpConnection connection = null;
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= deadline || errors.get() >= MAX_ERRORS) {
                            break;
                        }
                        boolean measured = start >= warmupEnd;
                        if (measured && counted.incrementAndGet() > maxOperations) {
                            break;
                        }
                        try {
                            if (connection == null) {
                                connection = new HttpConnection(port);
                            }
                            operation.run(connection, sequence.getAndIncrement());
                        } catch (IOException | RuntimeException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                            closeQuietly(connection);
                            connection = null;
                            continue;
                        }
                        long end = System.nanoTime();
                        if (measured) {
                            log.add(end - start);
                            lastCompletion.accumulateAndGet(end, Math::max);
                        }
                    }
                } finally {
                    closeQuietly(connection);
                    synchronized (latencies) {
                        latencies.add(log.toArray());
                    }
                }
            }, "load-" + name + "-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (errors.get() >= MAX_ERRORS) {
            throw new IllegalStateException("Run '" + name + "' stopped after " + errors.get() + " failed requests",
                    firstError.get());
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (lastCompletion.get() - warmupEnd) / 1e9;
        return Measurement.of(name, connections, all, seconds, errors.get(), firstError.get());
    }

    private static void closeQuietly(HttpConnection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (IOException e) {
            // The connection is discarded either way.
        }
    }

    /** A growable array of latencies in nanoseconds, owned by one worker thread. */
    private static final class LatencyLog {
        private long[] values = new long[4096];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
