package com.paylyt.server.lightning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.webhooks.WebhookSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays invoices of the {@link SimulatedLightningProvider} and notifies the server, as a real provider would, by
 * sending a signed {@code POST /webhooks/bitnob}.
 */
public final class SimulatedPayer {

    /** The header that carries the hex HMAC-SHA512 of the raw webhook body. */
    public static final String SIGNATURE_HEADER = "X-Bitnob-Signature";

    private static final Logger log = LoggerFactory.getLogger(SimulatedPayer.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<String> baseUrl;
    private final SimulatedLightningProvider provider;
    private final WebhookSignature signature;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Creates a payer that sends webhooks to {@code baseUrl.get() + "/webhooks/bitnob"}.
     *
     * @param baseUrl the server's API root such as {@code http://127.0.0.1:8080/api}, read on every payment
     *     because the port is known only after the server started
     */
    public SimulatedPayer(Supplier<String> baseUrl, SimulatedLightningProvider provider, WebhookSignature signature) {
        this(baseUrl, provider, signature, new OkHttpClient.Builder().callTimeout(WEBHOOK_TIMEOUT).build());
    }

    SimulatedPayer(Supplier<String> baseUrl, SimulatedLightningProvider provider, WebhookSignature signature,
            OkHttpClient http) {
        this.baseUrl = baseUrl;
        this.provider = provider;
        this.signature = signature;
        this.http = http;
    }

    /**
     * The outcome of a simulated payment.
     *
     * @param webhookStatus the HTTP status that the webhook endpoint returned
     */
    public record Payment(String invoiceId, Satoshis amount, int webhookStatus) {
    }

    /** Pays the full amount of an invoice; see {@link #pay(String, Satoshis)}. */
    public Payment pay(String invoiceId) {
        SimulatedLightningProvider.SimulatedInvoice invoice = provider.find(invoiceId)
                .orElseThrow(() -> unknownInvoice(invoiceId));
        return pay(invoiceId, invoice.amount());
    }

    /**
     * Marks the invoice paid with {@code amount} and sends the payment webhook.
     *
     * @throws ApiProblem not found when the simulator did not create the invoice, invalid state when the invoice
     *     expired or is already paid, or provider unavailable when the webhook could not be delivered
     */
    public Payment pay(String invoiceId, Satoshis amount) {
        try {
            provider.markPaid(invoiceId, amount).orElseThrow(() -> unknownInvoice(invoiceId));
        } catch (SimulatedLightningProvider.InvoiceNotPayableException e) {
            throw ApiProblem.invalidState(e.getMessage());
        }
        int status = sendWebhook(invoiceId, amount);
        log.info("Simulated payment of {} for invoice {}; the webhook returned HTTP {}", amount, invoiceId, status);
        return new Payment(invoiceId, amount, status);
    }

    private int sendWebhook(String invoiceId, Satoshis amount) {
        byte[] body = webhookBody(invoiceId, amount);
        String url = baseUrl.get() + "/webhooks/bitnob";
        Request request = new Request.Builder()
                .url(url)
                .header(SIGNATURE_HEADER, signature.sign(body))
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        } catch (IOException e) {
            log.warn("Sending the payment webhook for invoice {} to {} failed", invoiceId, url, e);
            throw new ApiProblem(ErrorCode.PROVIDER_UNAVAILABLE, "invoice " + invoiceId
                    + " is paid in the simulator, but sending the webhook to " + url + " failed: " + e.getMessage()
                    + ". The server learns of the payment when it next looks the invoice up.");
        }
    }

    private byte[] webhookBody(String invoiceId, Satoshis amount) {
        ObjectNode body = json.createObjectNode()
                .put("invoice_id", invoiceId)
                .put("status", "paid")
                .put("amount_sats", amount.value());
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ApiProblem unknownInvoice(String invoiceId) {
        return ApiProblem.notFound("the simulator has no invoice " + invoiceId
                + "; it forgets its invoices on restart, so create a new one");
    }
}
