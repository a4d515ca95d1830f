package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile request bodies: each gets a 4xx problem document, never a 500, and changes nothing. */
class HostileInputTest {

    private static TestServer server;
    private static Users.SignedIn user;
    private static String jobId;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        user = Users.register(server.client(), "hostile");
        Escrow.creditWallet(server, user, 50_000);
        jobId = Escrow.createJob(user, null);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** The user's jobs and wallet, which no rejected request may change. */
    private static String state() {
        JsonNode jobs = user.api().get("/jobs").body();
        JsonNode wallet = user.api().get("/wallet").body();
        return jobs.toString() + wallet.toString();
    }

    private static void assertRejectedWithoutChange(String path, String body, Map<String, String> headers) {
        String before = state();

        ApiClient.Response response = user.api().postRaw(path, body, headers);

        assertThat(response.status()).as(response.raw().body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asText()).isNotBlank();
        assertThat(state()).isEqualTo(before);
    }

    private static String jobWith(String field, String rawJsonValue) {
        Map<String, Object> job = new HashMap<>(Escrow.jobRequest(null));
        job.remove(field);
        String json = ApiClient.toJson(job);
        return rawJsonValue == null ? json : json.substring(0, json.length() - 1) + ",\"" + field + "\":"
                + rawJsonValue + "}";
    }

    static Stream<Arguments> hostileJobs() {
        return Stream.of(
                Arguments.of("unterminated object", "{"),
                Arguments.of("missing value", "{\"title\":}"),
                Arguments.of("trailing garbage", jobWith("title", "\"ok\"") + "}"),
                Arguments.of("bare literal", "nul"),
                Arguments.of("array body", "[1,2,3]"),
                Arguments.of("string body", "\"a job\""),
                Arguments.of("empty object", "{}"),
                Arguments.of("duplicate key", jobWith("title", "\"x\"").replace("{", "{\"title\":\"y\",")),
                Arguments.of("unknown field", jobWith("is_admin", "true")),
                Arguments.of("prototype key", jobWith("__proto__", "{\"admin\":true}")),
                Arguments.of("title as number", jobWith("title", "42")),
                Arguments.of("title as object", jobWith("title", "{\"a\":\"b\"}")),
                Arguments.of("title nested deep", jobWith("title", "{\"a\":".repeat(40) + "1" + "}".repeat(40))),
                Arguments.of("amount as array", jobWith("amount_btc", "[0.001]")),
                Arguments.of("amount as boolean", jobWith("amount_btc", "true")),
                Arguments.of("amount 1e400", jobWith("amount_btc", "1e400")),
                Arguments.of("amount 1e-400", jobWith("amount_btc", "1e-400")),
                Arguments.of("amount with 100 digits", jobWith("amount_btc", "1".repeat(100))),
                Arguments.of("amount above supply", jobWith("amount_btc", "\"21000000.00000001\"")),
                Arguments.of("amount of 2^63 sats", jobWith("amount_btc", "92233720368.54775808")),
                Arguments.of("sub-satoshi amount", jobWith("amount_btc", "0.000000001")),
                Arguments.of("sub-satoshi string", jobWith("amount_btc", "\"0.123456789\"")),
                Arguments.of("negative zero", jobWith("amount_btc", "-0")),
                Arguments.of("NaN", jobWith("amount_btc", "NaN")),
                Arguments.of("Infinity", jobWith("amount_btc", "\"Infinity\"")),
                Arguments.of("fiat 1e20", jobWith("amount_fiat", "1e20")),
                Arguments.of("sub-cent fiat", jobWith("amount_fiat", "\"0.001\"")),
                Arguments.of("fiat rounding up to a cent", jobWith("amount_fiat", "\"95.015\"")),
                Arguments.of("NUL in title", jobWith("title", "\"a\\u0000b\"")),
                Arguments.of("escape in title", jobWith("title", "\"red \\u001b[0m text\"")),
                Arguments.of("deadline without offset", jobWith("deadline", "\"2031-03-30T02:30:00\"")),
                Arguments.of("deadline with zone id", jobWith("deadline", "\"2031-03-30T02:30:00[Europe/Berlin]\"")),
                Arguments.of("deadline as date only", jobWith("deadline", "\"2031-03-30\"")),
                Arguments.of("deadline as epoch", jobWith("deadline", "1900000000")),
                Arguments.of("deadline 30 February", jobWith("deadline", "\"2031-02-30T10:00:00Z\"")),
                Arguments.of("deadline in the past", jobWith("deadline", "\"1970-01-01T00:00:00Z\"")),
                Arguments.of("SQL in freelancer", jobWith("freelancer", "\"' OR '1'='1\"")),
                Arguments.of("milestones as string", jobWith("milestones", "\"all of it\"")),
                Arguments.of("milestone null", jobWith("milestones", "[null]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileJobs")
    void hostileJobBodyIsRejected(String name, String body) {
        assertRejectedWithoutChange("/jobs", body, Map.of("Content-Type", "application/json"));
    }

    static Stream<Arguments> hostileWalletBodies() {
        return Stream.of(
                Arguments.of("/wallet/convert", "{\"amount_btc\":\"0.000000001\",\"target_currency\":\"USD\"}"),
                Arguments.of("/wallet/convert", "{\"amount_btc\":1e400,\"target_currency\":\"USD\"}"),
                Arguments.of("/wallet/convert", "{\"amount_btc\":\"-0.0001\",\"target_currency\":\"USD\"}"),
                Arguments.of("/wallet/convert", "{\"amount_btc\":\"0.0001\",\"target_currency\":\"US'D\"}"),
                Arguments.of("/wallet/convert", "{\"amount_btc\":\"0.0001\",\"target_currency\":\"usd\\u0000\"}"),
                Arguments.of("/wallet/convert", "{\"amount_btc\":\"0.0001\",\"target_currency\":[\"USD\"]}"),
                Arguments.of("/wallet/withdraw", "{\"amount_fiat\":\"0.001\",\"currency\":\"USD\"}"),
                Arguments.of("/wallet/withdraw", "{\"amount_fiat\":\"1e30\",\"currency\":\"USD\"}"),
                Arguments.of("/wallet/withdraw", "{\"amount_fiat\":\"1.00\",\"currency\":\"ZZZ\"}"),
                Arguments.of("/wallet/withdraw", "{\"amount_fiat\":\"1.00\",\"destination\":\""
                        + "x".repeat(300) + "\"}"),
                Arguments.of("/wallet/withdraw", "{\"amount_fiat\":{\"$gt\":0}}"),
                Arguments.of("/auth/password", "{\"current_password\":1,\"new_password\":2}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileWalletBodies")
    void hostileWalletBodyIsRejected(String path, String body) {
        assertRejectedWithoutChange(path, body, Map.of("Content-Type", "application/json"));
    }

    @Test
    void hugeAndDeepBodiesAreRejected() {
        assertRejectedWithoutChange("/jobs", jobWith("description", "\"" + "x".repeat(100_000) + "\""),
                Map.of("Content-Type", "application/json"));
        assertRejectedWithoutChange("/jobs", "[".repeat(100_000), Map.of("Content-Type", "application/json"));
        assertRejectedWithoutChange("/wallet/convert", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                Map.of("Content-Type", "application/json"));
    }

    @Test
    void nonJsonContentTypeIsRejected() {
        assertRejectedWithoutChange("/jobs", ApiClient.toJson(Escrow.jobRequest(null)),
                Map.of("Content-Type", "text/plain"));
        assertRejectedWithoutChange("/jobs", ApiClient.toJson(Escrow.jobRequest(null)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void hostileWebhooksAreRejected() {
        String invoiceId = Escrow.invoice(user, jobId);
        for (String amount : new String[] {"1.5", "-5", "0", "1e30", "\"100000\"", "99999999999999999999"}) {
            String body = "{\"invoice_id\":\"" + invoiceId + "\",\"status\":\"paid\",\"amount_sats\":" + amount + "}";
            ApiClient.Response response = server.client().webhook(body, TestServer.WEBHOOK_SECRET);
            assertThat(response.status()).as(amount).isBetween(400, 499);
        }
        assertThat(user.api().get("/jobs/" + jobId).body().get("funded_sats").asLong()).isZero();
    }

    @Test
    void sqlMetacharactersAreStoredAsText() {
        String title = "Robert'); DROP TABLE jobs; -- \" OR 1=1 /*";
        Map<String, Object> job = new HashMap<>(Escrow.jobRequest(null));
        job.put("title", title);

        ApiClient.Response created = user.api().post("/jobs", job);
        ApiClient.Response listed = user.api().get("/jobs?status=" + java.net.URLEncoder.encode("' OR '1'='1",
                java.nio.charset.StandardCharsets.UTF_8));
        ApiClient.Response login = server.client().post("/auth/login", Map.of("email", "' OR '1'='1",
                "password", "' OR '1'='1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(user.api().get("/jobs/" + created.body().get("id").asText()).body().get("title").asText())
                .isEqualTo(title);
        assertThat(listed.status()).isEqualTo(400);
        assertThat(login.status()).isEqualTo(401);
        assertThat(user.api().get("/jobs").body().get("jobs").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void exoticUnicodeRoundTripsExactly() {
        String title = "Logo for caf\u00e9 \uD83D\uDE80 \u0130stanbul \u200B\uFEFF Z\u0351\u0353";
        Map<String, Object> job = new HashMap<>(Escrow.jobRequest(null));
        job.put("title", title);

        ApiClient.Response created = user.api().post("/jobs", job);

        assertThat(created.status()).isEqualTo(201);
        assertThat(user.api().get("/jobs/" + created.body().get("id").asText()).body().get("title").asText())
                .isEqualTo(title);
    }

    @Test
    void loneSurrogateIsRejected() {
        assertRejectedWithoutChange("/jobs", jobWith("title", "\"half \\uD83D emoji\""),
                Map.of("Content-Type", "application/json"));
    }

    @Test
    void deadlinesAroundDaylightSavingKeepTheirInstant() {
        // Europe/Berlin leaves summer time on 2031-10-26: 02:30 happens twice, at +02:00 and then at +01:00.
        for (String deadline : new String[] {"2031-10-26T02:30:00+02:00", "2031-10-26T02:30:00+01:00",
                "2031-03-30T02:30:00+01:00", "2031-06-01T00:00:00-09:30"}) {
            Map<String, Object> job = new HashMap<>(Escrow.jobRequest(null));
            job.put("deadline", deadline);

            ApiClient.Response created = user.api().post("/jobs", job);

            assertThat(created.status()).as(deadline).isEqualTo(201);
            assertThat(Instant.parse(created.body().get("deadline").asText()))
                    .isEqualTo(java.time.OffsetDateTime.parse(deadline).toInstant());
            assertThat(created.body().get("deadline").asText()).endsWith("Z");
        }
    }

    @Test
    void unknownMethodsAndPathsAnswerProblems() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] request : new String[][] {{"PUT", "/jobs"}, {"DELETE", "/jobs/" + jobId},
                {"GET", "/jobs/..%2F..%2Fetc%2Fpasswd"}, {"PATCH", "/wallet"}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + request[1]))
                    .method(request[0], HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + user.api().toString())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request[0] + " " + request[1]).isBetween(400, 499);
        }
    }
}
