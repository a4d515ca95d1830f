package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.money.FiatMoney;
import com.paylyt.server.payout.PayoutRequest;
import com.paylyt.server.payout.PayoutResult;
import com.paylyt.server.payout.PayoutStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitnobPayoutProviderTest {

    private static final String DESTINATION = """
            {"type":"BANK","account_number":"0123456789","bank_code":"058","account_name":"Ada Okafor"}
            """;
    private static final String QUOTE = """
            {"status":"success","message":"Payouts quote generated successfully","data":{"quote":{
             "id":"5ddbcd32","status":"quote","settlement_currency":"NGN","quote_id":"QT_120732",
             "settlement_amount":50000,"btc_rate":112240.9,"exchange_rate":1633.2,"sat_amount":17819}}}
            """;
    private static final String FINALIZED = """
            {"status":"success","message":"Payouts quote finalized successfully","data":{"id":"4c281868",
             "status":"processing","reference":"w-1","quote_id":"QT_120732"}}
            """;
    private static final String INITIALIZED = """
            {"status":"success","data":{"id":"4c281868","status":"initiated","reference":"w-1","quote_id":"QT_120732"}}
            """;

    private final MutableClock clock = new MutableClock(BitnobFixture.NOW);
    private final List<Duration> polls = new ArrayList<>();
    private BitnobFixture bitnob;
    private BitnobPayoutProvider payouts;

    @BeforeEach
    void startBitnob() throws Exception {
        bitnob = new BitnobFixture(clock, Duration.ofMillis(500));
        payouts = new BitnobPayoutProvider(bitnob.client, "customer-1", "NG", Duration.ofSeconds(5),
                Duration.ofSeconds(20), clock, delay -> {
                    polls.add(delay);
                    clock.advance(delay);
                });
    }

    @AfterEach
    void stopBitnob() {
        bitnob.close();
    }

    @Test
    void payoutCompletesAfterPolling() throws Exception {
        bitnob.enqueueJson(200, QUOTE);
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueueJson(200, FINALIZED);
        bitnob.enqueueJson(200, record("pending_address_deposit"));
        bitnob.enqueueJson(200, record("PROCESSING"));
        bitnob.enqueueJson(200, record("COMPLETED"));

        PayoutResult result = payouts.submit(request());

        assertThat(result).isEqualTo(new PayoutResult("w-1", PayoutStatus.COMPLETED, "4d808ea1", null));
        RecordedRequest quote = bitnob.takeSigned();
        assertThat(quote.getTarget()).isEqualTo("/api/payouts/quotes");
        JsonNode quoteBody = json(quote);
        assertThat(quoteBody.path("from_asset").asText()).isEqualTo("BTC");
        assertThat(quoteBody.path("to_currency").asText()).isEqualTo("NGN");
        assertThat(quoteBody.path("source").asText()).isEqualTo("offchain");
        assertThat(quoteBody.path("settlement_amount").asText()).isEqualTo("50000.00");
        assertThat(quoteBody.path("reference").asText()).isEqualTo("w-1");
        assertThat(quoteBody.path("country").asText()).isEqualTo("NG");
        RecordedRequest initialize = bitnob.takeSigned();
        assertThat(initialize.getTarget()).isEqualTo("/api/payouts/quotes/QT_120732/initialize");
        JsonNode initializeBody = json(initialize);
        assertThat(initializeBody.path("customer_id").asText()).isEqualTo("customer-1");
        assertThat(initializeBody.path("reference").asText()).isEqualTo("w-1");
        assertThat(initializeBody.path("beneficiary").path("account_number").asText()).isEqualTo("0123456789");
        RecordedRequest finalize = bitnob.takeSigned();
        assertThat(finalize.getTarget()).isEqualTo("/api/payouts/quotes/QT_120732/finalize");
        assertThat(BitnobFixture.bodyOf(finalize)).isEmpty();
        assertThat(bitnob.server.takeRequest().getTarget()).isEqualTo("/api/payouts/fetch/reference/w-1");
        assertThat(polls).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void pollTimeoutLeavesPayoutPending() {
        bitnob.enqueueJson(200, QUOTE);
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueueJson(200, FINALIZED);
        for (int i = 0; i < 5; i++) {
            bitnob.enqueueJson(200, record("processing"));
        }

        PayoutResult result = payouts.submit(request());

        assertThat(result.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(result.providerReference()).isEqualTo("4d808ea1");
        assertThat(polls).hasSize(3);
    }

    @Test
    void finalizeThatTimesOutStaysPending() {
        bitnob.enqueueJson(200, QUOTE);
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());

        PayoutResult result = payouts.submit(request());

        assertThat(result).isEqualTo(new PayoutResult("w-1", PayoutStatus.PENDING, "QT_120732", null));
    }

    @Test
    void finalizeThatFailsWithServerErrorStaysPending() {
        bitnob.enqueueJson(200, QUOTE);
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueueJson(502, "{\"message\":\"bad gateway\"}");

        assertThat(payouts.submit(request()).status()).isEqualTo(PayoutStatus.PENDING);
    }

    @Test
    void payoutBitnobReportsFailedIsFailed() {
        bitnob.enqueueJson(200, QUOTE);
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueueJson(200, FINALIZED);
        bitnob.enqueueJson(200, record("processing"));
        bitnob.enqueueJson(200, record("FAILED"));

        PayoutResult result = payouts.submit(request());

        assertThat(result.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(result.failureReason()).contains("failed");
    }

    @Test
    void quoteRejectedByBitnobFailsWithoutMovingMoney() {
        bitnob.enqueueJson(400, "{\"message\":\"amount below the lower limit\"}");

        PayoutResult result = payouts.submit(request());

        assertThat(result.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(result.failureReason()).contains("lower limit");
        assertThat(bitnob.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void duplicateReferenceReturnsTheOriginalPayout() throws Exception {
        bitnob.enqueueJson(409, "{\"message\":\"reference already used\"}");
        bitnob.enqueueJson(200, record("success"));

        PayoutResult result = payouts.submit(request());

        assertThat(result).isEqualTo(new PayoutResult("w-1", PayoutStatus.COMPLETED, "4d808ea1", null));
        assertThat(bitnob.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void duplicateQuoteIsInitialized() throws Exception {
        bitnob.enqueueJson(409, "{\"message\":\"reference already used\"}");
        bitnob.enqueueJson(200, record("quote"));
        bitnob.enqueueJson(200, INITIALIZED);
        bitnob.enqueueJson(200, FINALIZED);
        bitnob.enqueueJson(200, record("completed"));

        PayoutResult result = payouts.submit(request());

        assertThat(result.status()).isEqualTo(PayoutStatus.COMPLETED);
        bitnob.takeSigned();
        bitnob.takeSigned();
        assertThat(bitnob.takeSigned().getTarget()).isEqualTo("/api/payouts/quotes/QT_121995/initialize");
    }

    @Test
    void nonJsonDestinationFailsLocally() {
        PayoutResult result = payouts.submit(new PayoutRequest("w-2", naira("100"), "0123456789 GTBank"));

        assertThat(result.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(result.failureReason()).contains("account_number");
        assertThat(bitnob.server.getRequestCount()).isZero();
    }

    @Test
    void lookupOfUnknownPayoutIsEmpty() {
        bitnob.enqueueJson(404, "{\"message\":\"not found\"}");

        assertThat(payouts.lookup("w-9")).isEmpty();
    }

    @Test
    void lookupOfExpiredQuoteIsFailed() {
        bitnob.enqueueJson(200, record("expired"));

        assertThat(payouts.lookup("w-1").orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
    }

    private static String record(String status) {
        return """
                {"status":"success","message":"OffRamps retrieved successfully","data":{"off_ramps":[
                 {"id":"4d808ea1","quote_id":"QT_121995","reference":"w-1","status":"%s","settlement_amount":50000,
                  "to_currency":"NGN","source":"offchain"}]}}
                """.formatted(status);
    }

    private static PayoutRequest request() {
        return new PayoutRequest("w-1", naira("50000"), DESTINATION);
    }

    private static FiatMoney naira(String amount) {
        return FiatMoney.of(new BigDecimal(amount), Currency.getInstance("NGN"));
    }

    private static JsonNode json(RecordedRequest request) throws Exception {
        return new ObjectMapper().readTree(BitnobFixture.bodyOf(request));
    }
}
