package com.paylyt.server.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.paylyt.server.webhooks.PaymentWebhookController;

/**
 * Schemas of the bodies that the server reads or writes as JSON trees instead of {@code shared-model} records:
 * the Bitnob webhook and the simulator. Keep them in step with {@link PaymentWebhookController} and
 * {@code SimulatorController}.
 */
final class HandWrittenSchemas {

    static final String BITNOB_WEBHOOK = "BitnobWebhook";
    static final String SIMULATED_PAYMENT_REQUEST = "SimulatedPaymentRequest";
    static final String SIMULATED_PAYMENT = "SimulatedPayment";

    private HandWrittenSchemas() {
    }

    /** Adds every hand-written schema to {@code components/schemas}. */
    static void addTo(ObjectNode components, ObjectMapper mapper) {
        ObjectNode webhook = object(components, BITNOB_WEBHOOK,
                "A payment report, signed with the " + PaymentWebhookController.SIGNATURE_HEADER + " header");
        ObjectNode webhookProperties = webhook.putObject("properties");
        webhookProperties.putObject("invoice_id").put("type", "string").put("minLength", 1);
        webhookProperties.putObject("status").put("type", "string")
                .set("enum", mapper.createArrayNode().add("paid").add("expired").add("failed"));
        webhookProperties.putObject("amount_sats").put("type", "integer").put("format", "int64")
                .put("minimum", 1)
                .put("description", "The amount received; when absent, the invoice amount is assumed");
        webhookProperties.putObject("event_id").put("type", "string")
                .put("description", "The provider's event id; a repeated id is acknowledged as a duplicate");
        webhook.set("required", mapper.createArrayNode().add("invoice_id").add("status"));

        ObjectNode request = object(components, SIMULATED_PAYMENT_REQUEST,
                "The amount to pay; an empty body pays the invoice amount");
        request.putObject("properties").putObject("amount_sats").put("type", "integer").put("format", "int64")
                .put("minimum", 1);

        ObjectNode payment = object(components, SIMULATED_PAYMENT, "The simulated payment and its webhook call");
        ObjectNode paymentProperties = payment.putObject("properties");
        paymentProperties.putObject("invoice_id").put("type", "string");
        paymentProperties.putObject("status").put("type", "string").put("const", "paid");
        paymentProperties.putObject("amount_sats").put("type", "integer").put("format", "int64");
        paymentProperties.putObject("webhook_status").put("type", "integer").put("format", "int32")
                .put("description", "The HTTP status the server returned to the simulated webhook");
        payment.set("required", mapper.createArrayNode()
                .add("invoice_id").add("status").add("amount_sats").add("webhook_status"));
    }

    private static ObjectNode object(ObjectNode components, String name, String description) {
        return components.putObject(name).put("type", "object").put("description", description);
    }
}
