package com.paylyt.server.lightning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import io.javalin.http.Context;

/** The HTTP side of the Lightning simulator: lets a developer pay a simulated invoice. */
public final class SimulatorController {

    private static final String AMOUNT_FIELD = "amount_sats";

    private final SimulatedPayer payer;
    private final ObjectMapper json;

    public SimulatorController(SimulatedPayer payer, ObjectMapper json) {
        this.payer = payer;
        this.json = json;
    }

    /**
     * Handles {@code POST /api/simulator/invoices/{invoice_id}/pay} with an optional body
     * {@code {"amount_sats": N}}, which defaults to the invoice amount. Returns 200 with the invoice id, the
     * amount paid and the HTTP status of the payment webhook.
     */
    public void pay(Context ctx) {
        String invoiceId = ctx.pathParam("invoice_id");
        Satoshis amount = readAmount(ctx.body());

        SimulatedPayer.Payment payment = amount == null ? payer.pay(invoiceId) : payer.pay(invoiceId, amount);

        ObjectNode result = json.createObjectNode()
                .put("invoice_id", payment.invoiceId())
                .put("status", "paid")
                .put(AMOUNT_FIELD, payment.amount().value())
                .put("webhook_status", payment.webhookStatus());
        ctx.status(200).contentType("application/json").result(result.toString());
    }

    /** Returns the requested amount, or null when the body or the field is absent. */
    private Satoshis readAmount(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "the request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "the request body must be a JSON object");
        }
        JsonNode amount = root.get(AMOUNT_FIELD);
        if (amount == null || amount.isNull()) {
            return null;
        }
        return toSatoshis(amount);
    }

    private static Satoshis toSatoshis(JsonNode amount) {
        if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
            throw ApiProblem.invalidField(AMOUNT_FIELD, "must be a whole number of satoshis, got " + amount);
        }
        long value = amount.longValue();
        if (value <= 0) {
            throw ApiProblem.invalidField(AMOUNT_FIELD, "must be at least 1, got " + value);
        }
        if (value > Satoshis.MAX_SUPPLY.value()) {
            throw ApiProblem.invalidField(AMOUNT_FIELD, "must not exceed 21,000,000 BTC (2,100,000,000,000,000 sats)");
        }
        return Satoshis.of(value);
    }
}
