package com.paylyt.server.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Bounds the memory of the verified-token cache to a few megabytes; a full cache is emptied. */
    private static final int MAX_CACHED_TOKENS = 10_000;

    private final SecretKey key;
    private final Duration lifetime;
    private final Clock clock;
    /** Built once: JJWT parsers are immutable and thread-safe, and building one per request cost more than parsing. */
    private final JwtParser parser;
    /**
     * Tokens whose signature and claims were already checked, by their exact text, so that a client's repeated
     * requests skip the HMAC and the JSON parsing. Only expiry is checked again; revocation is checked by
     * {@link AuthService} on every request either way.
     */
    private final Map<String, VerifiedToken> verified = new ConcurrentHashMap<>();

    public TokenService(byte[] signingKey, Duration lifetime, Clock clock) {
        if (signingKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The JWT signing key must be at least 256 bits (32 bytes); got "
                    + signingKey.length + " bytes");
        }
        this.key = Keys.hmacShaKeyFor(signingKey);
        this.lifetime = lifetime;
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(key)
                .clock(() -> Date.from(Instant.now(clock)))
                .build();
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

    private record VerifiedToken(TokenClaims claims, Instant expiresAt) {
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
        VerifiedToken cached = verified.get(token);
        if (cached != null) {
            if (Instant.now(clock).isBefore(cached.expiresAt())) {
                return Optional.of(cached.claims());
            }
            verified.remove(token);
            return Optional.empty();
        }
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            Number version = claims.get(SESSION_VERSION_CLAIM, Number.class);
            if (claims.getSubject() == null || version == null) {
                return Optional.empty();
            }
            TokenClaims result = new TokenClaims(claims.getSubject(), version.longValue());
            if (claims.getExpiration() != null) {
                remember(token, new VerifiedToken(result, claims.getExpiration().toInstant()));
            }
            return Optional.of(result);
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void remember(String token, VerifiedToken claims) {
        if (verified.size() >= MAX_CACHED_TOKENS) {
            verified.clear();
        }
        verified.put(token, claims);
    }
}
