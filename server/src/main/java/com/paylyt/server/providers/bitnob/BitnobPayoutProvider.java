package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.payout.PayoutProvider;
import com.paylyt.server.payout.PayoutRequest;
import com.paylyt.server.payout.PayoutResult;
import com.paylyt.server.payout.PayoutStatus;
import com.paylyt.server.providers.Sleeper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fiat payouts through Bitnob: quote, initialize with the beneficiary, finalize, then poll by reference until a
 * final status or the poll timeout. The payout is funded from the Bitnob balance ({@code source = offchain}),
 * which Bitnob charges at finalize.
 *
 * <p>Paths follow Bitnob's official command-line client ({@code internal/payouts/service.go}):
 * {@code /api/payouts/quotes/{quoteId}/initialize} and {@code .../finalize}. Bitnob's payout guide writes them
 * without {@code /quotes}; the client's form is used. One reference, our payout id, is reused for every step,
 * as that guide's worked example does.
 *
 * <p>An error before finalize means no money moved, so the payout is reported FAILED. From finalize on, an error
 * or a timeout leaves it PENDING until {@link #lookup} reports a final status; Bitnob sends no webhook for a
 * failed payout, so the server must poll.
 */
public final class BitnobPayoutProvider implements PayoutProvider {

    private static final Logger log = LoggerFactory.getLogger(BitnobPayoutProvider.class);
    private static final String QUOTES = "/api/payouts/quotes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BitnobClient client;
    private final String customerId;
    private final String country;
    private final Duration pollInterval;
    private final Duration pollTimeout;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param customerId Bitnob customer the payouts are made for; initialize requires one
     * @param country ISO 3166 code of the destination country, such as {@code NG}
     */
    public BitnobPayoutProvider(BitnobClient client, String customerId, String country, Duration pollInterval,
            Duration pollTimeout, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.customerId = customerId;
        this.country = country;
        this.pollInterval = pollInterval;
        this.pollTimeout = pollTimeout;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return "bitnob";
    }

    @Override
    public PayoutResult submit(PayoutRequest request) {
        Optional<JsonNode> beneficiary = beneficiary(request.destination());
        if (beneficiary.isEmpty()) {
            return failed(request.payoutId(), null, "destination must be a JSON object with the beneficiary fields "
                    + "Bitnob requires for " + country + ", such as account_number, bank_code and account_name");
        }
        String quoteId;
        try {
            Quote quote = createQuoteOrFindOriginal(request);
            if (quote.original() != null && !"QUOTE".equals(recordStatus(quote.original()))) {
                return toResult(request.payoutId(), quote.original());
            }
            quoteId = quote.quoteId();
            client.post(QUOTES + "/" + encode(quoteId) + "/initialize", initializeBody(request, beneficiary.get()));
        } catch (LightningException e) {
            log.warn("Bitnob payout {} was rejected before finalize", request.payoutId(), e);
            return failed(request.payoutId(), null, e.getMessage());
        }
        return finalizeAndPoll(request.payoutId(), quoteId);
    }

    @Override
    public Optional<PayoutResult> lookup(String payoutId) {
        return fetchByReference(payoutId).map(record -> toResult(payoutId, record));
    }

    private PayoutResult finalizeAndPoll(String payoutId, String quoteId) {
        try {
            client.post(QUOTES + "/" + encode(quoteId) + "/finalize", null);
            log.info("Finalized Bitnob payout {} with quote {}", payoutId, quoteId);
            return poll(payoutId, quoteId);
        } catch (LightningException e) {
            log.warn("Bitnob payout {} is pending after an error at or after finalize", payoutId, e);
            return new PayoutResult(payoutId, PayoutStatus.PENDING, quoteId, null);
        }
    }

    private PayoutResult poll(String payoutId, String quoteId) {
        Instant deadline = clock.instant().plus(pollTimeout);
        while (true) {
            Optional<PayoutResult> result = lookup(payoutId);
            if (result.isPresent() && result.get().status() != PayoutStatus.PENDING) {
                log.info("Bitnob payout {} is {}", payoutId, result.get().status());
                return result.get();
            }
            if (!clock.instant().plus(pollInterval).isBefore(deadline)) {
                log.info("Bitnob payout {} still pending after {}; reconciliation will check again", payoutId,
                        pollTimeout);
                return result.orElse(new PayoutResult(payoutId, PayoutStatus.PENDING, quoteId, null));
            }
            sleep(payoutId);
        }
    }

    /** Creates the quote, or on a 409 for our reference returns the payout an earlier attempt created. */
    private Quote createQuoteOrFindOriginal(PayoutRequest request) {
        try {
            return new Quote(createQuote(request), null);
        } catch (BitnobApiException e) {
            if (!e.isDuplicateReference()) {
                throw e;
            }
            log.info("Bitnob already has a payout with reference {}; fetching the original", request.payoutId());
            JsonNode original = fetchByReference(request.payoutId()).orElseThrow(() -> new LightningException(
                    "Bitnob reported reference " + request.payoutId() + " as used but has no such payout", e));
            return new Quote(quoteId(original), original);
        }
    }

    private String createQuote(PayoutRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from_asset", "BTC");
        body.put("to_currency", request.amount().currencyCode());
        body.put("source", "offchain");
        body.put("settlement_amount", request.amount().toDecimal().toPlainString());
        body.put("payment_reason", "PayLyt withdrawal " + request.payoutId());
        body.put("reference", request.payoutId());
        body.put("country", country);
        JsonNode data = BitnobJson.data(client.post(QUOTES, body), "the quote of payout " + request.payoutId());
        // The official client reads the quote from data.quote; the API reference shows it directly in data.
        return quoteId(data.path("quote").isObject() ? data.path("quote") : data);
    }

    private Map<String, Object> initializeBody(PayoutRequest request, JsonNode beneficiary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_id", customerId);
        body.put("beneficiary", beneficiary);
        body.put("reference", request.payoutId());
        body.put("payment_reason", "PayLyt withdrawal " + request.payoutId());
        return body;
    }

    private Optional<JsonNode> fetchByReference(String payoutId) {
        try {
            JsonNode data = BitnobJson.data(client.get("/api/payouts/fetch/reference/" + encode(payoutId)),
                    "payout " + payoutId);
            JsonNode records = data.path("off_ramps");
            return records.isArray() && !records.isEmpty() ? Optional.of(records.get(0)) : Optional.empty();
        } catch (BitnobApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static PayoutResult toResult(String payoutId, JsonNode record) {
        String status = recordStatus(record);
        String reference = BitnobJson.text(record, "id");
        return switch (status) {
            case "COMPLETED", "SUCCESS" -> new PayoutResult(payoutId, PayoutStatus.COMPLETED, reference, null);
            case "FAILED" -> failed(payoutId, reference, "Bitnob reported the payout as failed");
            case "EXPIRED" -> failed(payoutId, reference, "the Bitnob quote expired before the payout was funded");
            default -> new PayoutResult(payoutId, PayoutStatus.PENDING, reference, null);
        };
    }

    private static String recordStatus(JsonNode record) {
        return record.path("status").asText("").toUpperCase(Locale.ROOT);
    }

    private static String quoteId(JsonNode quote) {
        String quoteId = BitnobJson.text(quote, "quote_id");
        return quoteId != null ? quoteId : BitnobJson.requiredText(quote, "id", "the payout quote");
    }

    private static Optional<JsonNode> beneficiary(String destination) {
        try {
            JsonNode node = JSON.readTree(destination);
            return node != null && node.isObject() && !node.isEmpty() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PayoutResult failed(String payoutId, String reference, String reason) {
        return new PayoutResult(payoutId, PayoutStatus.FAILED, reference, reason);
    }

    private void sleep(String payoutId) {
        try {
            sleeper.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LightningException("Interrupted while polling Bitnob payout " + payoutId, e);
        }
    }

    /** The quote to initialize, and the payout record when an earlier attempt created it. */
    private record Quote(String quoteId, JsonNode original) {
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
