package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.ProviderTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitnobClientTest {

    private BitnobFixture bitnob;

    @BeforeEach
    void startBitnob() throws Exception {
        bitnob = new BitnobFixture();
    }

    @AfterEach
    void stopBitnob() {
        bitnob.close();
    }

    @Test
    void getIsSignedOverAnEmptyBody() throws Exception {
        bitnob.enqueueJson(200, "{\"success\":true,\"data\":{\"id\":\"x\"}}");

        JsonNode root = bitnob.client.get("/api/lightning/invoices/x");

        RecordedRequest request = bitnob.takeSigned();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/lightning/invoices/x");
        assertThat(BitnobFixture.bodyOf(request)).isEmpty();
        assertThat(root.path("data").path("id").asText()).isEqualTo("x");
    }

    @Test
    void postIsSignedOverTheExactBodySent() throws Exception {
        bitnob.enqueueJson(200, "{\"data\":{}}");

        bitnob.client.post("/api/payouts/quotes", Map.of("reference", "w-1"));

        RecordedRequest request = bitnob.takeSigned();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(BitnobFixture.bodyOf(request)).isEqualTo("{\"reference\":\"w-1\"}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void emptyPostIsSignedOverEmptyString() throws Exception {
        bitnob.enqueueJson(200, "{\"data\":{}}");

        bitnob.client.post("/api/payouts/quotes/QT_1/finalize", null);

        assertThat(BitnobFixture.bodyOf(bitnob.takeSigned())).isEmpty();
    }

    @Test
    void everyRequestGetsAFreshNonce() throws Exception {
        bitnob.enqueueJson(200, "{}");
        bitnob.enqueueJson(200, "{}");

        bitnob.client.get("/a");
        bitnob.client.get("/a");

        String first = bitnob.takeSigned().getHeaders().get("X-Auth-Nonce");
        String second = bitnob.takeSigned().getHeaders().get("X-Auth-Nonce");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void rateLimitWaitsForRetryAfter() throws Exception {
        bitnob.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").body("{}").build());
        bitnob.enqueueJson(200, "{\"data\":{\"ok\":true}}");

        JsonNode root = bitnob.client.get("/api/exchange-rates?from=BTC&to=USD");

        assertThat(root.path("data").path("ok").asBoolean()).isTrue();
        assertThat(bitnob.sleeps).containsExactly(Duration.ofSeconds(3));
        bitnob.takeSigned();
        bitnob.takeSigned();
    }

    @Test
    void rateLimitDelayIsCapped() {
        bitnob.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        bitnob.enqueueJson(200, "{}");

        bitnob.client.get("/a");

        assertThat(bitnob.sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void rateLimitGivesUpAfterTheMaximumRetries() {
        for (int i = 0; i < 3; i++) {
            bitnob.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        }

        assertThatThrownBy(() -> bitnob.client.get("/a"))
                .isInstanceOfSatisfying(BitnobApiException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
        assertThat(bitnob.server.getRequestCount()).isEqualTo(3);
        assertThat(bitnob.sleeps).hasSize(2);
    }

    @Test
    void serverErrorBecomesApiExceptionWithTheMessage() {
        bitnob.enqueueJson(503, "{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"maintenance\"}}");

        assertThatThrownBy(() -> bitnob.client.get("/a"))
                .isInstanceOfSatisfying(BitnobApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e).hasMessageContaining("maintenance");
                });
        assertThat(bitnob.sleeps).isEmpty();
    }

    @Test
    void malformedBodyBecomesLightningException() {
        bitnob.enqueueJson(200, "<html>gateway</html>");

        assertThatThrownBy(() -> bitnob.client.get("/a"))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void nonObjectBodyIsRejected() {
        bitnob.enqueueJson(200, "[1,2]");

        assertThatThrownBy(() -> bitnob.client.get("/a")).isInstanceOf(LightningException.class);
    }

    @Test
    void slowAnswerBecomesTimeout() throws Exception {
        try (BitnobFixture slow = new BitnobFixture(Clock.fixed(BitnobFixture.NOW, ZoneOffset.UTC),
                Duration.ofMillis(200))) {
            slow.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());

            assertThatThrownBy(() -> slow.client.get("/a")).isInstanceOf(ProviderTimeoutException.class);
        }
    }
}
