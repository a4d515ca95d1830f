package com.paylyt.server.providers;

import java.time.Duration;

/** Waits between retries and polls; tests pass one that records the delay instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the current thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Blocks for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
