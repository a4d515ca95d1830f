package com.paylyt.server.providers;

import com.paylyt.server.payout.PayoutProvider;
import com.paylyt.server.payout.PayoutRequest;
import com.paylyt.server.payout.PayoutResult;
import com.paylyt.server.payout.PayoutStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a payout provider that blocks while it polls, such as Bitnob's, on its own threads, so a withdrawal
 * request waits at most {@code responseWait}.
 *
 * <p>When the wait runs out, {@link #submit} returns PENDING and the submission goes on in the background. Its
 * final result is kept in memory and returned by {@link #lookup}, which the reconciler calls for every pending
 * withdrawal; this matters for a failure before the provider stored the payout, which its own look-up would
 * never report.
 */
public final class BackgroundPayoutProvider implements PayoutProvider, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundPayoutProvider.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final PayoutProvider delegate;
    private final Duration responseWait;
    private final ExecutorService executor;
    // NOTE: kept in memory only. After a restart, a payout that failed before the provider stored it stays
    // pending, because the provider's look-up does not know it.
    private final Map<String, PayoutResult> lateResults = new ConcurrentHashMap<>();

    public BackgroundPayoutProvider(PayoutProvider delegate, Duration responseWait) {
        this.delegate = delegate;
        this.responseWait = responseWait;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "paylyt-payout-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public PayoutResult submit(PayoutRequest request) {
        CompletableFuture<PayoutResult> submission =
                CompletableFuture.supplyAsync(() -> delegate.submit(request), executor);
        try {
            return submission.get(responseWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("Payout {} has no final status after {}, so it stays pending and continues in the background",
                    request.payoutId(), responseWait);
            submission.whenComplete((result, error) -> keepLateResult(request.payoutId(), result, error));
        } catch (ExecutionException e) {
            // The provider may have sent money before it failed, so the payout is not reported as failed.
            log.warn("Payout {} failed with an unexpected error and stays pending", request.payoutId(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while waiting for payout {}, which stays pending", request.payoutId());
        }
        return new PayoutResult(request.payoutId(), PayoutStatus.PENDING, null, null);
    }

    @Override
    public Optional<PayoutResult> lookup(String payoutId) {
        PayoutResult late = lateResults.get(payoutId);
        return late != null ? Optional.of(late) : delegate.lookup(payoutId);
    }

    private void keepLateResult(String payoutId, PayoutResult result, Throwable error) {
        if (error != null) {
            log.warn("Background submission of payout {} failed, so reconciliation will ask the provider", payoutId,
                    error);
            return;
        }
        log.info("Background submission of payout {} returned {}", payoutId, result.status());
        if (result.status() != PayoutStatus.PENDING) {
            lateResults.put(payoutId, result);
        }
    }

    /** Stops the submission threads. A submission still running is interrupted and its payout stays pending. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Payout threads did not stop within {}", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
