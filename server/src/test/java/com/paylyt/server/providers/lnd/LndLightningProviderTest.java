package com.paylyt.server.providers.lnd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.lightning.CreatedInvoice;
import com.paylyt.server.lightning.InvoiceRequest;
import com.paylyt.server.lightning.InvoiceState;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.InMemoryProviderReferences;
import com.paylyt.server.providers.LightningPayment;
import com.paylyt.server.providers.LightningPaymentStatus;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LndLightningProviderTest {

    private static final String MACAROON = "0201036c6e6402";
    private static final String HASH_HEX = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String HASH_BASE64 = "obLD1OX2BxgpOktcbX6PkKGyw9Tl9gcYKTpLXG1+j5A=";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final MockWebServer lnd = new MockWebServer();
    private final InMemoryProviderReferences references = new InMemoryProviderReferences();
    private LndLightningProvider provider;

    @BeforeEach
    void startLnd() throws Exception {
        lnd.start(InetAddress.getByName("127.0.0.1"), 0);
        LndClient client = new LndClient("http://127.0.0.1:" + lnd.getPort() + "/", MACAROON, null, Duration.ofSeconds(2),
                Duration.ofMillis(500), Duration.ofMillis(500));
        provider = new LndLightningProvider(client, references, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopLnd() {
        lnd.close();
    }

    @Test
    void addInvoiceSendsFieldsAndMacaroon() throws Exception {
        enqueue(200, "{\"r_hash\":\"" + HASH_BASE64 + "\",\"payment_request\":\"lnbcrt10u1p\",\"add_index\":\"7\","
                + "\"payment_addr\":\"AAEC\"}");

        CreatedInvoice created = provider.createInvoice(
                new InvoiceRequest("inv-1", Satoshis.of(1000), "Milestone 1", Duration.ofMinutes(30)));

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/invoices");
        assertThat(request.getHeaders().get("Grpc-Metadata-macaroon")).isEqualTo(MACAROON);
        JsonNode body = new ObjectMapper().readTree(request.getBody().string(StandardCharsets.UTF_8));
        assertThat(body.path("memo").asText()).isEqualTo("Milestone 1");
        assertThat(body.path("value").asText()).isEqualTo("1000");
        assertThat(body.path("expiry").asText()).isEqualTo("1800");
        assertThat(created).isEqualTo(new CreatedInvoice("lnbcrt10u1p", HASH_HEX, HASH_HEX,
                NOW.plus(Duration.ofMinutes(30))));
        assertThat(references.find("inv-1")).contains(HASH_HEX);
    }

    @Test
    void lookupReportsAmountPaid() throws Exception {
        references.remember("inv-1", HASH_HEX);
        enqueue(200, "{\"memo\":\"Milestone 1\",\"r_hash\":\"" + HASH_BASE64 + "\",\"value\":\"1000\","
                + "\"settled\":true,\"state\":\"SETTLED\",\"amt_paid_sat\":\"1005\",\"amt_paid_msat\":\"1005000\"}");

        InvoiceState state = provider.lookupInvoice("inv-1").orElseThrow();

        RecordedRequest request = take();
        assertThat(request.getTarget()).isEqualTo("/v1/invoice/" + HASH_HEX);
        assertThat(request.getHeaders().get("Grpc-Metadata-macaroon")).isEqualTo(MACAROON);
        assertThat(state).isEqualTo(new InvoiceState("inv-1", InvoiceStatus.PAID, Satoshis.of(1005)));
    }

    @ParameterizedTest
    @CsvSource({"OPEN,PENDING", "ACCEPTED,PENDING", "SETTLED,PAID", "CANCELED,EXPIRED"})
    void invoiceStateMapsToOurStatus(String lndState, InvoiceStatus expected) {
        references.remember("inv-1", HASH_HEX);
        enqueue(200, "{\"state\":\"" + lndState + "\",\"value\":\"1000\",\"amt_paid_sat\":\"0\"}");

        assertThat(provider.lookupInvoice("inv-1").orElseThrow().status()).isEqualTo(expected);
    }

    @Test
    void unknownInvoiceIsEmpty() {
        references.remember("inv-1", HASH_HEX);
        enqueue(404, "{\"code\":5,\"message\":\"there are no existing invoices\"}");

        assertThat(provider.lookupInvoice("inv-1")).isEmpty();
    }

    @Test
    void invoiceLndCannotLocateIsEmpty() {
        references.remember("inv-1", HASH_HEX);
        enqueue(500, "{\"code\":2,\"message\":\"unable to locate invoice\",\"details\":[]}");

        assertThat(provider.lookupInvoice("inv-1")).isEmpty();
    }

    @Test
    void invoiceWithoutStoredHashIsEmptyWithoutARequest() {
        assertThat(provider.lookupInvoice("inv-unknown")).isEmpty();
        assertThat(lnd.getRequestCount()).isZero();
    }

    @Test
    void nodeErrorBecomesLightningException() {
        enqueue(500, "{\"code\":2,\"message\":\"wallet locked, unlock it to enable full RPC access\"}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.createInvoice(
                        new InvoiceRequest("inv-2", Satoshis.of(1), "x", Duration.ofMinutes(1))))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("wallet locked");
    }

    @Test
    void paymentReadsTheStreamUntilItSucceeds() throws Exception {
        enqueue(200, """
                {"result":{"payment_hash":"%s","status":"IN_FLIGHT","fee_sat":"0"}}
                {"result":{"payment_hash":"%s","status":"SUCCEEDED","fee_sat":"3","failure_reason":"FAILURE_REASON_NONE"}}
                """.formatted(HASH_HEX, HASH_HEX));

        LightningPayment payment = provider.pay("w-1", "lnbcrt5u1p", Satoshis.of(10));

        RecordedRequest request = take();
        assertThat(request.getTarget()).isEqualTo("/v2/router/send");
        assertThat(request.getHeaders().get("Grpc-Metadata-macaroon")).isEqualTo(MACAROON);
        JsonNode body = new ObjectMapper().readTree(request.getBody().string(StandardCharsets.UTF_8));
        assertThat(body.path("payment_request").asText()).isEqualTo("lnbcrt5u1p");
        assertThat(body.path("fee_limit_sat").asText()).isEqualTo("10");
        assertThat(payment).isEqualTo(new LightningPayment("w-1", LightningPaymentStatus.SUCCEEDED, HASH_HEX,
                Satoshis.of(3), null));
    }

    @Test
    void paymentWithoutRouteFails() {
        enqueue(200, "{\"result\":{\"payment_hash\":\"" + HASH_HEX + "\",\"status\":\"FAILED\","
                + "\"failure_reason\":\"FAILURE_REASON_NO_ROUTE\"}}\n");

        LightningPayment payment = provider.pay("w-1", "lnbcrt5u1p", Satoshis.of(10));

        assertThat(payment.status()).isEqualTo(LightningPaymentStatus.FAILED);
        assertThat(payment.failureReason()).isEqualTo("FAILURE_REASON_NO_ROUTE");
    }

    @Test
    void paymentStreamEndingInFlightStaysPending() {
        enqueue(200, "{\"result\":{\"payment_hash\":\"" + HASH_HEX + "\",\"status\":\"IN_FLIGHT\"}}\n");

        assertThat(provider.pay("w-1", "lnbcrt5u1p", Satoshis.of(10)).status())
                .isEqualTo(LightningPaymentStatus.PENDING);
    }

    @Test
    void paymentThatTimesOutStaysPending() {
        lnd.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());

        assertThat(provider.pay("w-1", "lnbcrt5u1p", Satoshis.of(10)).status())
                .isEqualTo(LightningPaymentStatus.PENDING);
    }

    @Test
    void paymentLndRejectsFails() {
        enqueue(200, "{\"error\":{\"code\":6,\"message\":\"invoice is already paid\"}}\n");

        LightningPayment payment = provider.pay("w-1", "lnbcrt5u1p", Satoshis.of(10));

        assertThat(payment.status()).isEqualTo(LightningPaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains("already paid");
    }

    private void enqueue(int code, String body) {
        lnd.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body)
                .build());
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = lnd.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        return request;
    }
}
