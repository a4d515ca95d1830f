package com.paylyt.server.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Issues and verifies the bearer tokens: HS256 JWTs carrying the user id and the user's session version.
 * A token whose version is older than the user's current one (after sign-out or a password change) is
 * refused by {@link AuthService}.
 */
public final class TokenService {

    /** Minimum key length for HS256 (RFC 7518, section 3.2): 256 bits. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String SESSION_VERSION_CLAIM = "ver";

    private final SecretKey key;
    private final Duration lifetime;
    private final Clock clock;

    public TokenService(byte[] signingKey, Duration lifetime, Clock clock) {
        if (signingKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The JWT signing key must be at least 256 bits (32 bytes); got "
                    + signingKey.length + " bytes");
        }
        this.key = Keys.hmacShaKeyFor(signingKey);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Signed token and its expiry. */
    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    /** Verified claims of a token. */
    public record TokenClaims(String userId, long sessionVersion) {
    }

    public IssuedToken issue(User user) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        String token = Jwts.builder()
                .id(UUID.randomUUID().toString())
                .subject(user.id())
                .claim(SESSION_VERSION_CLAIM, user.sessionVersion())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new IssuedToken(token, expiresAt);
    }

    /** Returns the claims of a validly signed, unexpired HS256 token; empty for anything else. */
    public Optional<TokenClaims> verify(String token) {
        try {
            Claims claims = Jwts.parser()
                    .verifyWith(key)
                    .clock(() -> Date.from(Instant.now(clock)))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            Number version = claims.get(SESSION_VERSION_CLAIM, Number.class);
            if (claims.getSubject() == null || version == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(claims.getSubject(), version.longValue()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
