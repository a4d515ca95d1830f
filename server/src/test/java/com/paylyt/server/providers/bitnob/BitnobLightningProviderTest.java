package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.api.InvoiceStatus;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.lightning.CreatedInvoice;
import com.paylyt.server.lightning.InvoiceRequest;
import com.paylyt.server.lightning.InvoiceState;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.InMemoryProviderReferences;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BitnobLightningProviderTest {

    private static final String CREATED = """
            {"success":true,"message":"Invoice created","data":{"id":"ln_inv_1",
             "payment_hash":"ab12","request":"lnbc10u1pexample","amount_sat":"1000",
             "description":"Milestone 1","status":"pending","reference":"inv-1",
             "expires_at":"2026-03-01T13:00:00Z","created_at":"2026-03-01T12:00:00Z"}}
            """;

    private BitnobFixture bitnob;
    private InMemoryProviderReferences references;
    private BitnobLightningProvider provider;

    @BeforeEach
    void startBitnob() throws Exception {
        bitnob = new BitnobFixture();
        references = new InMemoryProviderReferences();
        provider = new BitnobLightningProvider(bitnob.client, "customer-1", references);
    }

    @AfterEach
    void stopBitnob() {
        bitnob.close();
    }

    @Test
    void createInvoiceSendsOurInvoiceIdAsReference() throws Exception {
        bitnob.enqueueJson(200, CREATED);

        CreatedInvoice created = provider.createInvoice(request());

        RecordedRequest sent = bitnob.takeSigned();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/api/lightning/invoices");
        JsonNode body = new ObjectMapper().readTree(BitnobFixture.bodyOf(sent));
        assertThat(body.path("reference").asText()).isEqualTo("inv-1");
        assertThat(body.path("amount").asLong()).isEqualTo(1000);
        assertThat(body.path("description").asText()).isEqualTo("Milestone 1");
        assertThat(body.path("expiry").asLong()).isEqualTo(3600);
        assertThat(body.path("customer_id").asText()).isEqualTo("customer-1");
        assertThat(created).isEqualTo(new CreatedInvoice("lnbc10u1pexample", "ab12", "ln_inv_1",
                Instant.parse("2026-03-01T13:00:00Z")));
        assertThat(references.find("inv-1")).contains("ln_inv_1");
    }

    @Test
    void duplicateReferenceFetchesTheOriginalInvoice() throws Exception {
        bitnob.enqueueJson(409, "{\"success\":false,\"message\":\"reference already exists\"}");
        bitnob.enqueueJson(200, """
                {"success":true,"data":{"invoices":[
                  {"id":"ln_other","payment_hash":"cd","request":"lnbcother","status":"pending","reference":"inv-0"},
                  {"id":"ln_inv_1","payment_hash":"ab12","request":"lnbc10u1pexample","status":"pending",
                   "reference":"inv-1","expires_at":"2026-03-01T13:00:00Z"}],
                 "total_count":2,"page":1,"page_size":100}}
                """);

        CreatedInvoice created = provider.createInvoice(request());

        bitnob.takeSigned();
        assertThat(bitnob.takeSigned().getTarget()).isEqualTo("/api/lightning/invoices?page=1&page_size=100");
        assertThat(created.providerReference()).isEqualTo("ln_inv_1");
        assertThat(created.paymentRequest()).isEqualTo("lnbc10u1pexample");
    }

    @Test
    void duplicateReferenceWithoutOriginalIsAnError() {
        bitnob.enqueueJson(409, "{\"message\":\"reference already exists\"}");
        bitnob.enqueueJson(200, "{\"data\":{\"invoices\":[]}}");

        assertThatThrownBy(() -> provider.createInvoice(request()))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("inv-1");
    }

    @Test
    void createInvoiceWithoutPaymentRequestIsAnError() {
        bitnob.enqueueJson(200, "{\"data\":{\"id\":\"ln_inv_1\",\"payment_hash\":\"ab\"}}");

        assertThatThrownBy(() -> provider.createInvoice(request()))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("request");
    }

    @Test
    void lookupOfPaidInvoiceReportsReceivedAmount() throws Exception {
        references.remember("inv-1", "ln_inv_1");
        bitnob.enqueueJson(200, """
                {"success":true,"data":{"id":"ln_inv_1","status":"paid","amount_sat":"1000",
                 "preimage":"00ff","reference":"inv-1"}}
                """);

        Optional<InvoiceState> state = provider.lookupInvoice("inv-1");

        assertThat(bitnob.takeSigned().getTarget()).isEqualTo("/api/lightning/invoices/ln_inv_1");
        assertThat(state).contains(new InvoiceState("inv-1", InvoiceStatus.PAID, Satoshis.of(1000)));
    }

    @Test
    void lookupOfExpiredInvoiceReportsNothingReceived() {
        references.remember("inv-1", "ln_inv_1");
        bitnob.enqueueJson(200, "{\"data\":{\"id\":\"ln_inv_1\",\"status\":\"expired\",\"amount_sat\":1000}}");

        assertThat(provider.lookupInvoice("inv-1"))
                .contains(new InvoiceState("inv-1", InvoiceStatus.EXPIRED, Satoshis.ZERO));
    }

    @Test
    void lookupOfUnknownBitnobIdIsEmpty() {
        references.remember("inv-1", "ln_gone");
        bitnob.enqueueJson(404, "{\"message\":\"invoice not found\"}");

        assertThat(provider.lookupInvoice("inv-1")).isEmpty();
    }

    @Test
    void lookupWithoutStoredReferenceScansTheList() {
        bitnob.enqueueJson(200, """
                {"data":{"invoices":[{"id":"ln_inv_1","status":"paid","amount_sat":900,"reference":"inv-1"}]}}
                """);

        assertThat(provider.lookupInvoice("inv-1"))
                .contains(new InvoiceState("inv-1", InvoiceStatus.PAID, Satoshis.of(900)));
        assertThat(references.find("inv-1")).contains("ln_inv_1");
    }

    @Test
    void statusMappingCoversBitnobStates() {
        assertThat(BitnobLightningProvider.status("paid")).isEqualTo(InvoiceStatus.PAID);
        assertThat(BitnobLightningProvider.status("PENDING")).isEqualTo(InvoiceStatus.PENDING);
        assertThat(BitnobLightningProvider.status("expired")).isEqualTo(InvoiceStatus.EXPIRED);
        assertThat(BitnobLightningProvider.status("failed")).isEqualTo(InvoiceStatus.FAILED);
    }

    private static InvoiceRequest request() {
        return new InvoiceRequest("inv-1", Satoshis.of(1000), "Milestone 1", Duration.ofHours(1));
    }
}
