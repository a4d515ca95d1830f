package com.paylyt.server.http;

import java.time.Duration;

/** A 429 problem that tells the client, in a {@code Retry-After} header, when to try again. */
public final class RetryLaterProblem extends ApiProblem {

    private final Duration retryAfter;

    public RetryLaterProblem(String detail, Duration retryAfter) {
        super(ErrorCode.TOO_MANY_REQUESTS, detail);
        this.retryAfter = retryAfter;
    }

    /** Returns the wait in whole seconds, rounded up and at least 1, as {@code Retry-After} carries it. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
