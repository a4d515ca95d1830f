package com.paylyt.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers and signs in test users with unique names. */
public final class Users {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Users() {
    }

    /** A signed-in user and a client that sends their token. */
    public record SignedIn(String id, String username, String email, String password, ApiClient api) {
    }

    public static SignedIn register(ApiClient anonymous, String prefix) {
        String username = prefix + "_" + COUNTER.incrementAndGet();
        String email = username + "@example.com";
        String password = "correct horse " + username;
        ApiClient.Response registered = anonymous.post("/auth/register",
                Map.of("username", username, "email", email, "password", password));
        assertThat(registered.status()).as("register %s: %s", username, registered.body()).isEqualTo(201);
        ApiClient.Response login = anonymous.post("/auth/login", Map.of("email", email, "password", password));
        assertThat(login.status()).as("login %s: %s", username, login.body()).isEqualTo(200);
        return new SignedIn(registered.body().get("id").asText(), username, email, password,
                anonymous.withToken(login.body().get("token").asText()));
    }
}
