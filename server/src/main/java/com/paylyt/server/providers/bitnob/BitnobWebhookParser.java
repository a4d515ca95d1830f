package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.webhooks.PaymentNotice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the raw body of a Bitnob webhook into a {@link PaymentNotice}. Check the signature with
 * {@code WebhookSignature} before calling {@link #parse}.
 *
 * <p>Two shapes are accepted. Bitnob's envelope {@code {"event", "event_id", "data": {"reference", ...}}} is
 * mapped through {@code data.reference}, which is our invoice id. The flat form
 * {@code {"invoice_id", "status", "amount_sats"}} carries our status names directly and has no event id.
 */
public final class BitnobWebhookParser {

    /**
     * Event names Bitnob documents for a received Lightning payment: {@code btc.lightning.received.success} in
     * its webhook reference, and {@code transfer.success} with {@code data.chain = "lightning"} in its guide to
     * issuing Lightning invoices. The guides disagree, so both are accepted.
     */
    static final Set<String> PAID_EVENTS = Set.of("btc.lightning.received.success", "transfer.success");

    /** Event name Bitnob documents for a Lightning invoice that expired unpaid. */
    static final String EXPIRED_EVENT = "btc.lightning.invoice.expired";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Parses a webhook body.
     *
     * @return empty for an event that is not about one of our invoices, such as a payout event or a
     *     {@code transfer.success} of an on-chain transfer
     * @throws MalformedWebhookException when the body is not JSON or lacks the fields of its shape
     */
    public Optional<PaymentNotice> parse(byte[] body) {
        JsonNode root = readObject(body);
        if (root.has("event")) {
            return parseEnvelope(root);
        }
        if (root.has("invoice_id")) {
            return Optional.of(parseFlat(root));
        }
        throw new MalformedWebhookException("webhook has neither an event nor an invoice_id field");
    }

    private Optional<PaymentNotice> parseEnvelope(JsonNode root) {
        String event = root.path("event").asText("");
        JsonNode data = root.path("data");
        InvoiceStatus status = envelopeStatus(event, data);
        if (status == null) {
            return Optional.empty();
        }
        String reference = data.path("reference").asText("");
        if (reference.isEmpty()) {
            throw new MalformedWebhookException("Bitnob event " + event + " has no data.reference");
        }
        String eventId = root.path("event_id").asText("");
        Satoshis received = status == InvoiceStatus.PAID ? sats(data.path("amount"), "data.amount") : null;
        return Optional.of(new PaymentNotice(reference, status, received, eventId.isEmpty() ? null : eventId));
    }

    private static InvoiceStatus envelopeStatus(String event, JsonNode data) {
        if (EXPIRED_EVENT.equals(event)) {
            return InvoiceStatus.EXPIRED;
        }
        if (!PAID_EVENTS.contains(event)) {
            return null;
        }
        boolean generic = "transfer.success".equals(event);
        if (generic && !"lightning".equalsIgnoreCase(data.path("chain").asText(""))) {
            return null;
        }
        return InvoiceStatus.PAID;
    }

    private PaymentNotice parseFlat(JsonNode root) {
        String invoiceId = root.path("invoice_id").asText("");
        String statusName = root.path("status").asText("").toLowerCase(Locale.ROOT);
        InvoiceStatus status = InvoiceStatus.fromWireName(statusName);
        if (invoiceId.isEmpty() || status == null) {
            throw new MalformedWebhookException("flat webhook needs an invoice_id and a status of pending, paid, "
                    + "expired or failed; got status '" + statusName + "'");
        }
        Satoshis received = root.has("amount_sats") ? sats(root.path("amount_sats"), "amount_sats") : null;
        return new PaymentNotice(invoiceId, status, received, null);
    }

    private static Satoshis sats(JsonNode value, String field) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return Satoshis.of(new BigDecimal(value.asText()).longValueExact());
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new MalformedWebhookException(field + " must be a whole number of satoshis, got '"
                    + value.asText() + "'");
        }
    }

    private JsonNode readObject(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new MalformedWebhookException("webhook body is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("webhook body is not valid JSON");
        } catch (IOException e) {
            throw new MalformedWebhookException("webhook body cannot be read");
        }
    }

    /** A webhook body that cannot be turned into a notice, so the endpoint returns 400. */
    public static final class MalformedWebhookException extends IllegalArgumentException {

        public MalformedWebhookException(String message) {
            super(message);
        }
    }
}
