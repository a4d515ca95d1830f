package com.paylyt.server.guarantees;

import static com.paylyt.server.support.Escrow.inParallel;
import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private static final String CONVERT = "{\"amount_btc\":\"0.0001\",\"target_currency\":\"USD\"}";

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(server.ledgerViolations()).isEmpty();
    }

    private static ApiClient.Response post(Users.SignedIn user, String path, String body, String key) {
        return user.api().postRaw(path, body, Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    private static long conversions(Users.SignedIn user) {
        return user.api().get("/wallet").body().get("transactions").findValuesAsText("type").stream()
                .filter("conversion"::equals)
                .count() / 2;
    }

    @Test
    void retryReturnsTheFirstResponseAndMovesMoneyOnce() {
        Users.SignedIn user = Users.register(server.client(), "payer");
        Escrow.creditWallet(server, user, 50_000);
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = post(user, "/wallet/convert", CONVERT, key);
        ApiClient.Response retry = post(user, "/wallet/convert", CONVERT, key);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(Escrow.satsBalance(user)).isEqualTo(40_000);
        assertThat(conversions(user)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRejected() {
        Users.SignedIn user = Users.register(server.client(), "payer");
        Escrow.creditWallet(server, user, 50_000);
        String key = UUID.randomUUID().toString();
        post(user, "/wallet/convert", CONVERT, key);

        ApiClient.Response other = post(user, "/wallet/convert",
                "{\"amount_btc\":\"0.0002\",\"target_currency\":\"USD\"}", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().get("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(Escrow.satsBalance(user)).isEqualTo(40_000);
    }

    @Test
    void parallelRetriesDoTheWorkOnce() {
        Users.SignedIn user = Users.register(server.client(), "payer");
        Escrow.creditWallet(server, user, 50_000);
        String key = UUID.randomUUID().toString();

        List<ApiClient.Response> responses = inParallel(12, i -> post(user, "/wallet/convert", CONVERT, key));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isIn(200, 409));
        assertThat(Escrow.satsBalance(user)).isEqualTo(40_000);
        assertThat(conversions(user)).isEqualTo(1);
        ApiClient.Response retry = post(user, "/wallet/convert", CONVERT, key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("conversion_id").asText()).isNotBlank();
    }

    @Test
    void keysAreScopedToTheUser() {
        Users.SignedIn first = Users.register(server.client(), "payer");
        Users.SignedIn second = Users.register(server.client(), "payer");
        Escrow.creditWallet(server, first, 50_000);
        Escrow.creditWallet(server, second, 50_000);
        String key = UUID.randomUUID().toString();

        ApiClient.Response byFirst = post(first, "/wallet/convert", CONVERT, key);
        ApiClient.Response bySecond = post(second, "/wallet/convert", CONVERT, key);

        assertThat(byFirst.status()).isEqualTo(200);
        assertThat(bySecond.status()).isEqualTo(200);
        assertThat(bySecond.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(Escrow.satsBalance(second)).isEqualTo(40_000);
    }

    @Test
    void rejectedRequestRunsAgainOnRetry() {
        Users.SignedIn user = Users.register(server.client(), "payer");
        String key = UUID.randomUUID().toString();
        ApiClient.Response broke = post(user, "/wallet/convert", CONVERT, key);
        Escrow.creditWallet(server, user, 50_000);

        ApiClient.Response funded = post(user, "/wallet/convert", CONVERT, key);

        assertThat(broke.status()).isEqualTo(400);
        assertThat(funded.status()).isEqualTo(200);
        assertThat(Escrow.satsBalance(user)).isEqualTo(40_000);
    }

    @Test
    void repeatedReleaseWithKeyAnswersLikeTheFirst() {
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");
        String jobId = Escrow.jobIn(server, client, freelancer, "approved");
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = post(client, "/jobs/" + jobId + "/release", "", key);
        ApiClient.Response retry = post(client, "/jobs/" + jobId + "/release", "", key);
        ApiClient.Response withoutKey = client.api().post("/jobs/" + jobId + "/release", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(Escrow.satsBalance(freelancer)).isEqualTo(Escrow.JOB_SATS);
    }

    @Test
    void malformedKeyIsRejected() {
        Users.SignedIn user = Users.register(server.client(), "payer");

        ApiClient.Response spaced = post(user, "/wallet/convert", CONVERT, "has a space");
        ApiClient.Response tooLong = post(user, "/wallet/convert", CONVERT, "k".repeat(256));

        assertThat(spaced.status()).isEqualTo(400);
        assertThat(spaced.body().get("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        assertThat(tooLong.status()).isEqualTo(400);
    }
}
