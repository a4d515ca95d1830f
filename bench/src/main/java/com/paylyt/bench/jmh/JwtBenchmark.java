package com.paylyt.bench.jmh;

import com.paylyt.server.auth.TokenService;
import com.paylyt.server.auth.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Verifying a bearer token, which every authenticated request does before its handler runs. */
@State(Scope.Benchmark)
public class JwtBenchmark {

    private TokenService tokens;
    private String token;

    @Setup
    public void setUp() {
        tokens = new TokenService("a-jwt-signing-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
                Duration.ofHours(24), Clock.systemUTC());
        token = tokens.issue(new User("00000000-0000-4000-8000-00000000c11e", "bench-client",
                "bench-client@example.com", "unused", 0, Instant.now())).token();
    }

    @Benchmark
    public Optional<TokenService.TokenClaims> verify() {
        return tokens.verify(token);
    }
}
