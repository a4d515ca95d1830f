package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.providers.LightningPayment;
import com.paylyt.server.providers.LightningPaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitnobLightningPayerTest {

    private BitnobFixture bitnob;
    private BitnobLightningPayer payer;

    @BeforeEach
    void startBitnob() throws Exception {
        bitnob = new BitnobFixture(Clock.fixed(BitnobFixture.NOW, ZoneOffset.UTC), Duration.ofMillis(300));
        payer = new BitnobLightningPayer(bitnob.client, "customer-1");
    }

    @AfterEach
    void stopBitnob() {
        bitnob.close();
    }

    @Test
    void paymentSendsTheWithdrawalIdAsReference() throws Exception {
        bitnob.enqueueJson(200, """
                {"success":true,"data":{"id":"pay_1","payment_hash":"ab","amount_sat":"500","fee_sat":"2",
                 "status":"success","reference":"w-1"}}
                """);

        LightningPayment payment = payer.pay("w-1", "lnbc5u1p", Satoshis.of(20));

        RecordedRequest request = bitnob.takeSigned();
        assertThat(request.getTarget()).isEqualTo("/api/lightning/payments/send");
        JsonNode body = new ObjectMapper().readTree(BitnobFixture.bodyOf(request));
        assertThat(body.path("reference").asText()).isEqualTo("w-1");
        assertThat(body.path("request").asText()).isEqualTo("lnbc5u1p");
        assertThat(body.path("max_fee").asLong()).isEqualTo(20);
        assertThat(payment).isEqualTo(new LightningPayment("w-1", LightningPaymentStatus.SUCCEEDED, "ab",
                Satoshis.of(2), null));
    }

    @Test
    void paymentStillRoutingIsPending() {
        bitnob.enqueueJson(200, "{\"data\":{\"status\":\"pending\",\"payment_hash\":\"ab\"}}");

        assertThat(payer.pay("w-1", "lnbc5u1p", Satoshis.of(20)).status()).isEqualTo(LightningPaymentStatus.PENDING);
    }

    @Test
    void paymentThatTimesOutIsPending() {
        bitnob.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());

        assertThat(payer.pay("w-1", "lnbc5u1p", Satoshis.of(20)).status()).isEqualTo(LightningPaymentStatus.PENDING);
    }

    @Test
    void duplicateReferenceIsPendingNotFailed() {
        bitnob.enqueueJson(409, "{\"message\":\"reference already used\"}");

        assertThat(payer.pay("w-1", "lnbc5u1p", Satoshis.of(20)).status()).isEqualTo(LightningPaymentStatus.PENDING);
    }

    @Test
    void paymentBitnobRejectsFails() {
        bitnob.enqueueJson(400, "{\"message\":\"insufficient balance\"}");

        LightningPayment payment = payer.pay("w-1", "lnbc5u1p", Satoshis.of(20));

        assertThat(payment.status()).isEqualTo(LightningPaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains("insufficient balance");
    }
}
