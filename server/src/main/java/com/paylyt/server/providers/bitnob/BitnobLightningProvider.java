package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.lightning.CreatedInvoice;
import com.paylyt.server.lightning.InvoiceRequest;
import com.paylyt.server.lightning.InvoiceState;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.lightning.LightningProvider;
import com.paylyt.server.providers.ProviderReferences;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lightning invoices through Bitnob: {@code POST /api/lightning/invoices} with our invoice id as the idempotency
 * {@code reference}, and {@code GET /api/lightning/invoices/{id}} to look one up. Paths and fields follow
 * Bitnob's official command-line client ({@code internal/lightning/service.go}).
 */
public final class BitnobLightningProvider implements LightningProvider {

    private static final Logger log = LoggerFactory.getLogger(BitnobLightningProvider.class);
    private static final String INVOICES = "/api/lightning/invoices";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private final BitnobClient client;
    private final String customerId;
    private final ProviderReferences references;

    /**
     * @param customerId Bitnob customer the invoices belong to, or null for the company account
     * @param references where the Bitnob invoice id of each of our invoices is kept
     */
    public BitnobLightningProvider(BitnobClient client, String customerId, ProviderReferences references) {
        this.client = client;
        this.customerId = customerId;
        this.references = references;
    }

    @Override
    public String name() {
        return "bitnob";
    }

    @Override
    public CreatedInvoice createInvoice(InvoiceRequest request) {
        JsonNode invoice;
        try {
            invoice = BitnobJson.data(client.post(INVOICES, body(request)), "invoice " + request.invoiceId());
        } catch (BitnobApiException e) {
            if (!e.isDuplicateReference()) {
                throw e;
            }
            log.info("Bitnob already has an invoice with reference {}; fetching the original", request.invoiceId());
            invoice = findByReference(request.invoiceId()).orElseThrow(() -> new LightningException(
                    "Bitnob reported reference " + request.invoiceId() + " as used but lists no such invoice", e));
        }
        CreatedInvoice created = toCreatedInvoice(invoice, request);
        references.remember(request.invoiceId(), created.providerReference());
        log.info("Created Bitnob invoice {} for invoice {} of {}", created.providerReference(), request.invoiceId(),
                request.amount());
        return created;
    }

    @Override
    public Optional<InvoiceState> lookupInvoice(String invoiceId) {
        Optional<String> bitnobId = references.find(invoiceId);
        if (bitnobId.isEmpty()) {
            return findByReference(invoiceId).map(invoice -> toState(invoiceId, invoice));
        }
        try {
            JsonNode root = client.get(INVOICES + "/" + encode(bitnobId.get()));
            return Optional.of(toState(invoiceId, BitnobJson.data(root, "invoice " + invoiceId)));
        } catch (BitnobApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Map<String, Object> body(InvoiceRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (customerId != null) {
            body.put("customer_id", customerId);
        }
        body.put("amount", request.amount().value());
        body.put("description", request.description());
        body.put("expiry", request.expiry().toSeconds());
        body.put("reference", request.invoiceId());
        return body;
    }

    /** Scans the invoice list for {@code reference}, because the API has no look-up by reference. */
    private Optional<JsonNode> findByReference(String reference) {
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode data = BitnobJson.data(client.get(INVOICES + "?page=" + page + "&page_size=" + PAGE_SIZE),
                    "the invoice list");
            JsonNode invoices = data.path("invoices");
            for (JsonNode invoice : invoices) {
                if (reference.equals(invoice.path("reference").asText())) {
                    references.remember(reference, BitnobJson.requiredText(invoice, "id", "invoice " + reference));
                    return Optional.of(invoice);
                }
            }
            if (invoices.size() < PAGE_SIZE) {
                return Optional.empty();
            }
        }
        // NOTE: invoices beyond MAX_PAGES * PAGE_SIZE are not found after a restart without stored references.
        log.warn("Invoice {} not found in the first {} pages of Bitnob invoices", reference, MAX_PAGES);
        return Optional.empty();
    }

    private static CreatedInvoice toCreatedInvoice(JsonNode invoice, InvoiceRequest request) {
        String what = "invoice " + request.invoiceId();
        return new CreatedInvoice(
                BitnobJson.requiredText(invoice, "request", what),
                BitnobJson.requiredText(invoice, "payment_hash", what),
                BitnobJson.requiredText(invoice, "id", what),
                BitnobJson.instant(invoice, "expires_at"));
    }

    private static InvoiceState toState(String invoiceId, JsonNode invoice) {
        InvoiceStatus status = status(BitnobJson.requiredText(invoice, "status", "invoice " + invoiceId));
        Satoshis received = status == InvoiceStatus.PAID
                ? Satoshis.of(BitnobJson.longValue(invoice, "amount_sat", 0))
                : Satoshis.ZERO;
        return new InvoiceState(invoiceId, status, received);
    }

    /** Maps Bitnob's invoice status; {@code paid} is the documented settled state. */
    static InvoiceStatus status(String bitnobStatus) {
        return switch (bitnobStatus.toLowerCase(Locale.ROOT)) {
            case "paid", "settled", "success", "completed" -> InvoiceStatus.PAID;
            case "expired" -> InvoiceStatus.EXPIRED;
            case "failed", "cancelled", "canceled" -> InvoiceStatus.FAILED;
            default -> InvoiceStatus.PENDING;
        };
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
