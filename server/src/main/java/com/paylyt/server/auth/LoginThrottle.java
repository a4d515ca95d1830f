package com.paylyt.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed sign-ins per account and per client address within a sliding window. The account is keyed by
 * the email as typed (trimmed, lowercase), whether or not it is registered, so a lockout reveals nothing about
 * which accounts exist.
 *
 * <p>NOTE: the counters live in memory, so a restart resets them, and clients behind one proxy share an address.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys tracked before expired ones are swept, to bound memory under a spray of random emails. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Returns how long the caller must wait before another attempt, or empty when it may try now. */
    public synchronized Optional<Duration> retryAfter(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now);
        Optional<Duration> byAddress = wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (account.isPresent() && byAddress.isPresent()) {
            return Optional.of(account.get().compareTo(byAddress.get()) >= 0 ? account.get() : byAddress.get());
        }
        return account.isPresent() ? account : byAddress;
    }

    public synchronized void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() >= SWEEP_THRESHOLD) {
            failures.values().removeIf(times -> prune(times, now).isEmpty());
        }
        failures.computeIfAbsent(accountKey(email), key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), key -> new ArrayDeque<>()).addLast(now);
    }

    /** Forgets the account's failures after a successful sign-in; the address keeps its count. */
    public synchronized void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null || prune(times, now).size() < limit) {
            return Optional.empty();
        }
        // The oldest failures leave the window first; the caller may try again when the count drops below limit.
        Instant unlocksAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
        return Optional.of(Duration.between(now, unlocksAt));
    }

    private static Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
        return times;
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
