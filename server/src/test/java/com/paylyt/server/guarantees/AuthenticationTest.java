package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.auth.TokenService;
import com.paylyt.server.auth.User;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.MutableClock;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bearer tokens and sign-in throttling, against a server whose clock the test moves. */
class AuthenticationTest {

    private static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

    private static MutableClock clock;
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        clock = MutableClock.startingNow();
        server = TestServer.start(clock);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void letThrottlesExpire() {
        clock.advance(THROTTLE_WINDOW.plusSeconds(1));
    }

    private static ApiClient.Response login(String email, String password) {
        return server.client().post("/auth/login", Map.of("email", email, "password", password));
    }

    private static void assertUnauthorized(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("code").asText()).isEqualTo("unauthorized");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tokenExpiresAfterItsLifetime() {
        Users.SignedIn user = Users.register(server.client(), "user");
        clock.advance(Duration.ofHours(24).minusSeconds(5));
        assertThat(user.api().get("/auth/me").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(10));

        assertUnauthorized(user.api().get("/auth/me"));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        Users.SignedIn user = Users.register(server.client(), "user");
        TokenService forger = new TokenService("another key of at least thirty-two bytes".getBytes(
                StandardCharsets.UTF_8), Duration.ofHours(1), clock);
        String forged = forger.issue(new User(user.id(), user.username(), user.email(), "", 0, Instant.now()))
                .token();

        assertUnauthorized(server.client().withToken(forged).get("/auth/me"));
    }

    @Test
    void unsignedAndTamperedTokensAreRejected() {
        Users.SignedIn user = Users.register(server.client(), "user");
        Users.SignedIn victim = Users.register(server.client(), "victim");
        String token = login(user.email(), user.password()).body().get("token").asText();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherSubject = base64(payload.replace(user.id(), victim.id()));

        String algNone = base64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        String algNoneOtherSubject = base64("{\"alg\":\"none\"}") + "." + otherSubject + ".";
        String swappedSubject = parts[0] + "." + otherSubject + "." + parts[2];
        String noSignature = parts[0] + "." + parts[1] + ".";

        assertUnauthorized(server.client().withToken(algNone).get("/auth/me"));
        assertUnauthorized(server.client().withToken(algNoneOtherSubject).get("/auth/me"));
        assertUnauthorized(server.client().withToken(swappedSubject).get("/auth/me"));
        assertUnauthorized(server.client().withToken(noSignature).get("/auth/me"));
        assertThat(server.client().withToken(token).get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesEveryOlderToken() {
        Users.SignedIn user = Users.register(server.client(), "user");
        String second = login(user.email(), user.password()).body().get("token").asText();

        assertThat(user.api().post("/auth/logout", null).status()).isEqualTo(204);

        assertUnauthorized(user.api().get("/auth/me"));
        assertUnauthorized(server.client().withToken(second).get("/auth/me"));
    }

    @Test
    void passwordChangeRevokesOlderTokens() {
        Users.SignedIn user = Users.register(server.client(), "user");

        ApiClient.Response changed = user.api().post("/auth/password",
                Map.of("current_password", user.password(), "new_password", "a brand new passphrase"));

        assertThat(changed.status()).isEqualTo(200);
        assertUnauthorized(user.api().get("/auth/me"));
        assertThat(server.client().withToken(changed.body().get("token").asText()).get("/auth/me").status())
                .isEqualTo(200);
        assertThat(login(user.email(), user.password()).status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        Users.SignedIn user = Users.register(server.client(), "user");
        for (int i = 0; i < 5; i++) {
            assertThat(login(user.email(), "wrong password " + i).status()).isEqualTo(401);
        }

        ApiClient.Response locked = login(user.email(), user.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("code").asText()).isEqualTo("too_many_requests");
        long retryAfter = Long.parseLong(locked.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, THROTTLE_WINDOW.toSeconds());
        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(login(user.email(), user.password()).status()).isEqualTo(200);
    }

    @Test
    void lockoutLooksTheSameForUnknownAccounts() {
        Users.SignedIn user = Users.register(server.client(), "user");
        String unknown = "nobody_" + user.username() + "@example.com";
        for (int i = 0; i < 5; i++) {
            login(user.email(), "wrong password");
            login(unknown, "wrong password");
        }

        ApiClient.Response known = login(user.email(), "wrong password");
        ApiClient.Response notRegistered = login(unknown, "wrong password");

        assertThat(known.status()).isEqualTo(429);
        assertThat(notRegistered.status()).isEqualTo(429);
        assertThat(notRegistered.raw().body()).isEqualTo(known.raw().body());
        assertThat(notRegistered.raw().headers().firstValue("Retry-After"))
                .isEqualTo(known.raw().headers().firstValue("Retry-After"));
    }

    @Test
    void failuresFromOneAddressAcrossAccountsAreThrottled() {
        Users.SignedIn user = Users.register(server.client(), "user");
        for (int i = 0; i < 30; i++) {
            assertThat(login("sprayed_" + i + "_" + user.username() + "@example.com", "guess").status())
                    .isEqualTo(401);
        }

        ApiClient.Response throttled = login(user.email(), user.password());

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).isPresent();
    }
}
