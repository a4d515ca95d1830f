package com.paylyt.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static final byte[] KEY = "a-test-signing-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    private static final User USER = new User("user-1", "alice", "alice@example.com", "unused", 3,
            Instant.parse("2025-01-01T00:00:00Z"));

    private final SettableClock clock = new SettableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final TokenService tokens = new TokenService(KEY, Duration.ofHours(1), clock);

    @Test
    void verifyReturnsClaimsOfIssuedToken() {
        String token = tokens.issue(USER).token();

        assertThat(tokens.verify(token)).contains(new TokenService.TokenClaims("user-1", 3));
        assertThat(tokens.verify(token)).contains(new TokenService.TokenClaims("user-1", 3));
    }

    @Test
    void verifiedTokenExpiresAtItsExpiry() {
        String token = tokens.issue(USER).token();
        assertThat(tokens.verify(token)).isPresent();

        clock.set(Instant.parse("2025-06-01T13:00:00Z"));

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void verifyRejectsChangedSignatureAfterVerifiedOne() {
        String token = tokens.issue(USER).token();
        assertThat(tokens.verify(token)).isPresent();

        // A character inside the signature: the last one carries two padding bits, so some changes to it
        // decode to the same signature bytes.
        int index = token.length() - 10;
        char original = token.charAt(index);
        String changed = token.substring(0, index) + (original == 'A' ? 'B' : 'A') + token.substring(index + 1);

        assertThat(tokens.verify(changed)).isEmpty();
    }

    @Test
    void verifyRejectsTokenOfOtherKey() {
        TokenService other = new TokenService("another-signing-key-of-at-least-32-bytes".getBytes(
                StandardCharsets.UTF_8), Duration.ofHours(1), clock);

        assertThat(tokens.verify(other.issue(USER).token())).isEmpty();
    }

    /** A clock that tests move by hand. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
