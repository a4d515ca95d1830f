package com.paylyt.server.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.api.WebhookAck;
import com.paylyt.model.money.InvalidAmountException;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.http.Violations;
import com.paylyt.server.invoices.InvoiceService;
import com.paylyt.server.providers.bitnob.BitnobWebhookParser;
import com.paylyt.server.providers.bitnob.BitnobWebhookParser.MalformedWebhookException;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP for {@code POST /api/webhooks/bitnob}: checks the signature over the raw body before reading it, then
 * applies the payment report once.
 *
 * <p>Two body shapes are accepted. Bitnob's envelope ({@code event}, {@code event_id}, {@code data.reference})
 * is read by {@link BitnobWebhookParser}, and its event id de-duplicates retries. An event about anything but
 * one of our invoices returns 200 with {@code duplicate: false} and changes nothing, so Bitnob stops retrying it.
 * The flat form {@code {invoice_id, status, amount_sats?, event_id?}} is checked field by field.
 */
public final class PaymentWebhookController {

    public static final String SIGNATURE_HEADER = "X-Bitnob-Signature";
    private static final Logger log = LoggerFactory.getLogger(PaymentWebhookController.class);

    private final InvoiceService invoices;
    private final WebhookSignature signature;
    private final ObjectMapper mapper;
    private final BitnobWebhookParser bitnob = new BitnobWebhookParser();

    public PaymentWebhookController(InvoiceService invoices, WebhookSignature signature, ObjectMapper mapper) {
        this.invoices = invoices;
        this.signature = signature;
        this.mapper = mapper;
    }

    public void receive(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (!signature.verify(body, ctx.header(SIGNATURE_HEADER))) {
            log.warn("Rejected a webhook from {} with a missing or wrong signature", ctx.ip());
            throw new ApiProblem(ErrorCode.INVALID_SIGNATURE,
                    "The " + SIGNATURE_HEADER + " header must be the hex HMAC-SHA512 of the body");
        }
        JsonNode root = readObject(body);
        Optional<PaymentNotice> notice = root.has("event") ? parseEnvelope(body, root) : Optional.of(parseFlat(root));
        if (notice.isEmpty()) {
            log.info("Ignored Bitnob event {} with event id {}", root.path("event").asText(),
                    root.path("event_id").asText("(none)"));
            ctx.json(new WebhookAck(true, false));
            return;
        }
        WebhookAck ack = invoices.apply(notice.get(), "bitnob");
        if (ack.duplicate()) {
            log.info("Webhook for invoice {} with event id {} changed nothing", notice.get().invoiceId(),
                    notice.get().eventId());
        }
        ctx.json(ack);
    }

    private Optional<PaymentNotice> parseEnvelope(byte[] body, JsonNode root) {
        try {
            return bitnob.parse(body);
        } catch (MalformedWebhookException e) {
            log.warn("Rejected Bitnob event {}: {}", root.path("event").asText(), e.getMessage());
            throw new ApiProblem(ErrorCode.VALIDATION_FAILED, "Invalid Bitnob webhook: " + e.getMessage());
        }
    }

    private JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The webhook body is not valid JSON");
        } catch (java.io.IOException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The webhook body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The webhook body must be a JSON object");
        }
        return root;
    }

    private PaymentNotice parseFlat(JsonNode root) {
        Violations violations = new Violations();
        JsonNode invoiceId = root.get("invoice_id");
        if (invoiceId == null || !invoiceId.isTextual() || invoiceId.asText().isBlank()) {
            violations.add("invoice_id", "is required and must be a string");
        }
        JsonNode statusNode = root.get("status");
        InvoiceStatus status = statusNode != null && statusNode.isTextual()
                ? InvoiceStatus.fromWireName(statusNode.asText()) : null;
        if (status == null || status == InvoiceStatus.PENDING) {
            violations.add("status", "must be 'paid', 'expired' or 'failed'");
        }
        Satoshis amount = amount(root.get("amount_sats"), violations);
        violations.throwIfAny();
        JsonNode eventId = root.get("event_id");
        return new PaymentNotice(invoiceId.asText(), status, amount,
                eventId != null && eventId.isTextual() ? eventId.asText() : null);
    }

    private static Satoshis amount(JsonNode node, Violations violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            violations.add("amount_sats", "must be a whole number of satoshis");
            return null;
        }
        try {
            Satoshis amount = Satoshis.of(node.longValue());
            if (amount.isZero()) {
                violations.add("amount_sats", "must be greater than zero");
            }
            return amount;
        } catch (InvalidAmountException e) {
            violations.add("amount_sats", e.getMessage());
            return null;
        }
    }
}
