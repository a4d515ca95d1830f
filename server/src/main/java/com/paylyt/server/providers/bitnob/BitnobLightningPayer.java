package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.LightningPayer;
import com.paylyt.server.providers.LightningPayment;
import com.paylyt.server.providers.LightningPaymentStatus;
import com.paylyt.server.providers.ProviderTimeoutException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sats withdrawals through Bitnob's {@code POST /api/lightning/payments/send} with our withdrawal id as the
 * idempotency {@code reference} (path and fields from Bitnob's official command-line client).
 */
public final class BitnobLightningPayer implements LightningPayer {

    private static final Logger log = LoggerFactory.getLogger(BitnobLightningPayer.class);

    private final BitnobClient client;
    private final String customerId;

    /** @param customerId Bitnob customer whose balance pays, or null for the company account */
    public BitnobLightningPayer(BitnobClient client, String customerId) {
        this.client = client;
        this.customerId = customerId;
    }

    @Override
    public LightningPayment pay(String paymentId, String paymentRequest, Satoshis maxFee) {
        try {
            JsonNode data = BitnobJson.data(client.post("/api/lightning/payments/send",
                    body(paymentId, paymentRequest, maxFee)), "payment " + paymentId);
            LightningPayment payment = toPayment(paymentId, data);
            log.info("Bitnob Lightning payment {} is {}", paymentId, payment.status());
            return payment;
        } catch (ProviderTimeoutException e) {
            log.warn("Bitnob Lightning payment {} timed out and stays pending", paymentId, e);
            return pending(paymentId);
        } catch (BitnobApiException e) {
            if (e.isDuplicateReference() || e.statusCode() >= 500) {
                // TODO: look the payment up by reference once Bitnob documents such an endpoint for payments.
                log.warn("Bitnob Lightning payment {} has an unknown outcome and stays pending", paymentId, e);
                return pending(paymentId);
            }
            return new LightningPayment(paymentId, LightningPaymentStatus.FAILED, null, Satoshis.ZERO, e.getMessage());
        } catch (LightningException e) {
            log.warn("Bitnob Lightning payment {} has an unknown outcome and stays pending", paymentId, e);
            return pending(paymentId);
        }
    }

    private Map<String, Object> body(String paymentId, String paymentRequest, Satoshis maxFee) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (customerId != null) {
            body.put("customer_id", customerId);
        }
        body.put("request", paymentRequest);
        body.put("reference", paymentId);
        body.put("max_fee", maxFee.value());
        return body;
    }

    private static LightningPayment toPayment(String paymentId, JsonNode data) {
        String status = data.path("status").asText("").toLowerCase(Locale.ROOT);
        String hash = BitnobJson.text(data, "payment_hash");
        Satoshis fee = Satoshis.of(BitnobJson.longValue(data, "fee_sat", 0));
        return switch (status) {
            case "success", "succeeded", "completed", "paid" ->
                    new LightningPayment(paymentId, LightningPaymentStatus.SUCCEEDED, hash, fee, null);
            case "failed" -> new LightningPayment(paymentId, LightningPaymentStatus.FAILED, hash, Satoshis.ZERO,
                    "Bitnob reported the payment as failed");
            default -> new LightningPayment(paymentId, LightningPaymentStatus.PENDING, hash, fee, null);
        };
    }

    private static LightningPayment pending(String paymentId) {
        return new LightningPayment(paymentId, LightningPaymentStatus.PENDING, null, Satoshis.ZERO, null);
    }
}
