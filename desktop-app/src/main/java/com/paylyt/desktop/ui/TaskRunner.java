package com.paylyt.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs blocking work, such as HTTP calls, in a {@link Task} on background threads and hands the result back on
 * the JavaFX application thread. A success also hides the connection banner, since the server responded.
 */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads());
    private final ConnectionBanner banner;

    public TaskRunner(ConnectionBanner banner) {
        this.banner = banner;
    }

    /** Starts {@code work} in the background; the callbacks run on the JavaFX application thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            banner.hide();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Stops accepting work and waits briefly for running calls, which end by their own HTTP timeouts. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "paylyt-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
