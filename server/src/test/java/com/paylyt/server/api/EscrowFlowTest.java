package com.paylyt.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EscrowFlowTest {

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Map<String, Object> jobFor(String freelancer) {
        Map<String, Object> job = new java.util.HashMap<>(Map.of(
                "title", "Logo design",
                "description", "A vector logo in three colours",
                "amount_fiat", "95.00",
                "fiat_currency", "USD",
                "amount_btc", "0.001",
                "deadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "milestones", List.of(
                        Map.of("title", "Sketches", "amount_btc", "0.0004"),
                        Map.of("title", "Final files", "amount_btc", 0.0006))));
        if (freelancer != null) {
            job.put("freelancer", freelancer);
        }
        return job;
    }

    @Test
    void wholeFlowPaysFreelancer() {
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");

        ApiClient.Response created = client.api().post("/jobs", jobFor(freelancer.username()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String jobId = created.body().get("id").asText();
        assertThat(created.body().get("status").asText()).isEqualTo("awaiting_funding");
        assertThat(created.body().get("amount_sats").asLong()).isEqualTo(100_000);
        assertThat(created.body().get("amount_btc").decimalValue()).isEqualByComparingTo("0.001");
        assertThat(created.body().get("freelancer").get("username").asText()).isEqualTo(freelancer.username());
        assertThat(created.body().get("milestones")).hasSize(2);

        ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);
        assertThat(invoice.status()).as(invoice.body().toString()).isEqualTo(201);
        assertThat(invoice.body().get("payment_request").asText()).startsWith("lnbcrt1m1");
        assertThat(invoice.body().get("amount_sats").asLong()).isEqualTo(100_000);
        assertThat(invoice.body().get("status").asText()).isEqualTo("pending");
        assertThat(invoice.body().get("qr_code").asText()).startsWith("data:image/png;base64,");
        String invoiceId = invoice.body().get("invoice_id").asText();

        ApiClient.Response again = client.api().post("/jobs/" + jobId + "/invoice", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("invoice_id").asText()).isEqualTo(invoiceId);

        ApiClient.Response paid = server.client().post("/simulator/invoices/" + invoiceId + "/pay", null);
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
        JsonNode status = client.api().get("/jobs/" + jobId + "/status").body();
        assertThat(status.get("status").asText()).isEqualTo("funded");
        assertThat(status.get("funded_sats").asLong()).isEqualTo(100_000);
        assertThat(status.get("invoice").get("status").asText()).isEqualTo("paid");

        ApiClient.Response submitted = freelancer.api().post("/jobs/" + jobId + "/complete",
                Map.of("note", "Files attached", "deliverable_url", "https://example.com/logo.zip"));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("submitted");
        assertThat(submitted.body().get("deliverable").get("url").asText()).isEqualTo("https://example.com/logo.zip");

        assertThat(client.api().post("/jobs/" + jobId + "/approve", null).body().get("status").asText())
                .isEqualTo("approved");
        ApiClient.Response released = client.api().post("/jobs/" + jobId + "/release", null);
        assertThat(released.body().get("status").asText()).isEqualTo("released");

        JsonNode history = client.api().get("/jobs/" + jobId + "/status").body().get("history");
        assertThat(history.findValuesAsText("status"))
                .containsExactly("awaiting_funding", "funded", "submitted", "approved", "released");

        JsonNode wallet = freelancer.api().get("/wallet").body();
        assertThat(wallet.get("balances").get("sats").asLong()).isEqualTo(100_000);
        assertThat(wallet.get("balances").get("btc").decimalValue()).isEqualByComparingTo("0.001");

        ApiClient.Response converted = freelancer.api().post("/wallet/convert",
                Map.of("amount_btc", "0.0006", "target_currency", "USD"));
        assertThat(converted.status()).as(converted.body().toString()).isEqualTo(200);
        assertThat(converted.body().get("amount_sats").asLong()).isEqualTo(60_000);
        assertThat(converted.body().get("amount_fiat").decimalValue()).isEqualByComparingTo("57.00");
        assertThat(converted.body().get("rate_source").asText()).isEqualTo("paylyt-reference-table");

        ApiClient.Response withdrawn = freelancer.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "50.00", "currency", "USD", "destination", "bank account 1234"));
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("completed");

        JsonNode after = freelancer.api().get("/wallet").body();
        assertThat(after.get("balances").get("sats").asLong()).isEqualTo(40_000);
        assertThat(after.get("balances").get("fiat").get(0).get("currency").asText()).isEqualTo("USD");
        assertThat(after.get("balances").get("fiat").get(0).get("amount").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(after.get("transactions").findValuesAsText("type"))
                .containsExactly("withdrawal", "conversion", "conversion", "release");
    }

    @Test
    void repeatedPaidWebhookFundsOnlyOnce() {
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");
        String jobId = client.api().post("/jobs", jobFor(freelancer.username())).body().get("id").asText();
        String invoiceId = client.api().post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();
        String body = "{\"invoice_id\":\"" + invoiceId + "\",\"status\":\"paid\",\"amount_sats\":100000}";

        ApiClient.Response first = server.client().webhook(body, TestServer.WEBHOOK_SECRET);
        ApiClient.Response second = server.client().webhook(body, TestServer.WEBHOOK_SECRET);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("received").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("duplicate").asBoolean()).isTrue();
        assertThat(client.api().get("/jobs/" + jobId + "/status").body().get("funded_sats").asLong())
                .isEqualTo(100_000);
    }

    @Test
    void overpaymentIsCreditedToClientWallet() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = client.api().post("/jobs", jobFor(null)).body().get("id").asText();
        String invoiceId = client.api().post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();

        server.client().post("/simulator/invoices/" + invoiceId + "/pay", Map.of("amount_sats", 100_250));

        assertThat(client.api().get("/jobs/" + jobId).body().get("status").asText()).isEqualTo("funded");
        assertThat(client.api().get("/wallet").body().get("balances").get("sats").asLong()).isEqualTo(250);
    }

    @Test
    void underpaymentLeavesJobAwaitingTheRest() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = client.api().post("/jobs", jobFor(null)).body().get("id").asText();
        String first = client.api().post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();

        server.client().post("/simulator/invoices/" + first + "/pay", Map.of("amount_sats", 30_000));
        ApiClient.Response rest = client.api().post("/jobs/" + jobId + "/invoice", null);

        assertThat(client.api().get("/jobs/" + jobId).body().get("funded_sats").asLong()).isEqualTo(30_000);
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.body().get("amount_sats").asLong()).isEqualTo(70_000);
        server.client().post("/simulator/invoices/" + rest.body().get("invoice_id").asText() + "/pay", null);
        assertThat(client.api().get("/jobs/" + jobId).body().get("status").asText()).isEqualTo("funded");
    }

    @Test
    void dataSurvivesRestart() throws Exception {
        java.nio.file.Path dataDir = java.nio.file.Files.createTempDirectory("paylyt-restart-");
        TestServer first = TestServer.start(dataDir);
        Users.SignedIn client = Users.register(first.client(), "client");
        String jobId = client.api().post("/jobs", jobFor(null)).body().get("id").asText();
        first.stopKeepingData();

        try (TestServer second = TestServer.start(dataDir)) {
            ApiClient.Response login = second.client().post("/auth/login",
                    Map.of("email", client.email(), "password", client.password()));
            ApiClient api = second.client().withToken(login.body().get("token").asText());
            assertThat(api.get("/jobs/" + jobId).status()).isEqualTo(200);
        }
    }

    @Test
    void invoiceFromBeforeRestartIsReplacedAndPayable() throws Exception {
        java.nio.file.Path dataDir = java.nio.file.Files.createTempDirectory("paylyt-restart-");
        TestServer first = TestServer.start(dataDir);
        Users.SignedIn client = Users.register(first.client(), "client");
        String jobId = client.api().post("/jobs", jobFor(null)).body().get("id").asText();
        String oldInvoice = client.api().post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();
        first.stopKeepingData();

        try (TestServer second = TestServer.start(dataDir)) {
            ApiClient api = second.client().withToken(second.client().post("/auth/login",
                    Map.of("email", client.email(), "password", client.password())).body().get("token").asText());
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (api.get("/jobs/" + jobId + "/status").body().get("invoice").get("status").asText().equals("pending")
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            ApiClient.Response replacement = api.post("/jobs/" + jobId + "/invoice", null);
            ApiClient.Response paid = second.client().post("/simulator/invoices/"
                    + replacement.body().get("invoice_id").asText() + "/pay", null);

            assertThat(replacement.status()).isEqualTo(201);
            assertThat(replacement.body().get("invoice_id").asText()).isNotEqualTo(oldInvoice);
            assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
            assertThat(api.get("/jobs/" + jobId).body().get("status").asText()).isEqualTo("funded");
        }
    }
}
