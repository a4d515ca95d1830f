package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.webhooks.WebhookSignature;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedPayerTest {

    private static final WebhookSignature SIGNATURE =
            new WebhookSignature("test webhook secret".getBytes(StandardCharsets.UTF_8));

    private final MockWebServer webhookServer = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SimulatedLightningProvider provider =
            new SimulatedLightningProvider(NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY), clock);
    private SimulatedPayer payer;

    @BeforeEach
    void startWebhookServer() throws Exception {
        webhookServer.start(InetAddress.getLoopbackAddress(), 0);
        payer = new SimulatedPayer(() -> webhookServer.url("/api").toString(), provider, SIGNATURE);
        provider.createInvoice(new InvoiceRequest("inv-1", Satoshis.of(25_000), "Logo", Duration.ofMinutes(10)));
    }

    @AfterEach
    void stopWebhookServer() throws Exception {
        webhookServer.close();
    }

    @Test
    void paymentSendsSignedWebhookWithInvoiceAmount() throws Exception {
        webhookServer.enqueue(new MockResponse().setResponseCode(200));

        SimulatedPayer.Payment payment = payer.pay("inv-1");

        RecordedRequest request = webhookServer.takeRequest(5, TimeUnit.SECONDS);
        byte[] body = request.getBody().readByteArray();
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/webhooks/bitnob");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(json.get("invoice_id").asText()).isEqualTo("inv-1");
        assertThat(json.get("status").asText()).isEqualTo("paid");
        assertThat(json.get("amount_sats").isIntegralNumber()).isTrue();
        assertThat(json.get("amount_sats").longValue()).isEqualTo(25_000L);
        assertThat(json.size()).isEqualTo(3);
        assertThat(SIGNATURE.verify(body, request.getHeader("X-Bitnob-Signature"))).isTrue();
        assertThat(payment).isEqualTo(new SimulatedPayer.Payment("inv-1", Satoshis.of(25_000), 200));
    }

    @Test
    void underpaymentSendsGivenAmountAndMarksInvoicePaid() throws Exception {
        webhookServer.enqueue(new MockResponse().setResponseCode(200));

        payer.pay("inv-1", Satoshis.of(20_000));

        RecordedRequest request = webhookServer.takeRequest(5, TimeUnit.SECONDS);
        JsonNode json = new ObjectMapper().readTree(request.getBody().readByteArray());
        assertThat(json.get("amount_sats").longValue()).isEqualTo(20_000L);
        assertThat(provider.lookupInvoice("inv-1").orElseThrow().receivedAmount()).isEqualTo(Satoshis.of(20_000));
    }

    @Test
    void resultCarriesWebhookRejection() {
        webhookServer.enqueue(new MockResponse().setResponseCode(401));

        SimulatedPayer.Payment payment = payer.pay("inv-1");

        assertThat(payment.webhookStatus()).isEqualTo(401);
    }

    @Test
    void unknownInvoiceIsNotFound() {
        assertThatThrownBy(() -> payer.pay("nope"))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no invoice nope");
        assertThat(webhookServer.getRequestCount()).isZero();
    }

    @Test
    void expiredInvoiceIsInvalidState() {
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> payer.pay("inv-1"))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_STATE))
                .hasMessage("invoice inv-1 expired at 2026-03-01T10:10:00Z; request a new one");
        assertThat(webhookServer.getRequestCount()).isZero();
    }

    @Test
    void unreachableWebhookIsProviderUnavailable() throws Exception {
        webhookServer.close();

        assertThatThrownBy(() -> payer.pay("inv-1"))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE))
                .hasMessageContaining("is paid in the simulator");
    }
}
