package com.paylyt.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    @Test
    void oneAddressLocksOnlyItself() {
        fail("owner@example.com", "10.0.0.66", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);

        assertThat(throttle.retryAfter("owner@example.com", "10.0.0.66")).isPresent();
        assertThat(throttle.retryAfter("owner@example.com", "192.0.2.7")).isEmpty();
    }

    @Test
    void manyAddressesLockTheAccount() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("target@example.com", "198.51.100." + i);
        }

        assertThat(throttle.retryAfter("target@example.com", "203.0.113.1")).isPresent();
        assertThat(throttle.retryAfter("other@example.com", "203.0.113.1")).isEmpty();
    }

    @Test
    void manyAccountsLockTheAddress() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i + "@example.com", "10.0.0.99");
        }

        assertThat(throttle.retryAfter("fresh@example.com", "10.0.0.99")).isPresent();
        assertThat(throttle.retryAfter("fresh@example.com", "10.0.0.100")).isEmpty();
    }

    @Test
    void lockEndsWhenFailuresLeaveTheWindow() {
        fail("owner@example.com", "10.0.0.66", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
        Duration wait = throttle.retryAfter("owner@example.com", "10.0.0.66").orElseThrow();

        clock.advance(wait.plusSeconds(1));

        assertThat(throttle.retryAfter("owner@example.com", "10.0.0.66")).isEmpty();
    }

    @Test
    void successForgetsTheAccountsFailures() {
        fail("owner@example.com", "10.0.0.66", LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);

        throttle.recordSuccess("owner@example.com", "10.0.0.66");
        fail("owner@example.com", "10.0.0.66", 1);

        assertThat(throttle.retryAfter("owner@example.com", "10.0.0.66")).isEmpty();
    }
}
