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
 * Limits failed sign-ins within a sliding window: per account from one address, per account from all
 * addresses together (a higher limit, against guessing spread over many addresses), and per address. One
 * address can therefore lock an account only for itself, not for its owner elsewhere. The account is keyed by
 * the email as typed (trimmed, lowercase), whether or not it is registered, so a lockout reveals nothing about
 * which accounts exist.
 *
 * <p>NOTE: the counters live in memory, so a restart resets them, and clients behind one proxy share an address.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int MAX_FAILURES_PER_ACCOUNT = 50;
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
        return java.util.stream.Stream.of(
                        wait(pairKey(email, address), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, now),
                        wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now),
                        wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public synchronized void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() >= SWEEP_THRESHOLD) {
            failures.values().removeIf(times -> prune(times, now).isEmpty());
        }
        failures.computeIfAbsent(pairKey(email, address), key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(accountKey(email), key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), key -> new ArrayDeque<>()).addLast(now);
    }

    /** Forgets the account's failures after a successful sign-in; the address keeps its count. */
    public synchronized void recordSuccess(String email, String address) {
        failures.remove(pairKey(email, address));
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

    private static String pairKey(String email, String address) {
        return "pair:" + email.trim().toLowerCase(Locale.ROOT) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
