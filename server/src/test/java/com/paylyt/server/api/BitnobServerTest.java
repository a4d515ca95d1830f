package com.paylyt.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.PaylytServer;
import com.paylyt.server.providers.InvalidProviderSettingsException;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.FakeBitnob;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real server started with {@code --lightning bitnob} against a fake Bitnob on loopback. */
class BitnobServerTest {

    private static final String BENEFICIARY =
            "{\"type\":\"BANK\",\"account_number\":\"0123456789\",\"bank_code\":\"058\",\"account_name\":\"Ada O\"}";

    private final FakeBitnob bitnob = new FakeBitnob();
    private final List<TestServer> servers = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        servers.forEach(TestServer::close);
        bitnob.close();
    }

    @Test
    void nativeWebhookFundsJobOnce() {
        TestServer server = start(Map.of());
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = createJob(client);

        ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);
        String invoiceId = invoice.body().get("invoice_id").asText();
        String body = paidEvent("evt-1", invoiceId, 100_000);
        ApiClient.Response first = bitnobWebhook(server, body);
        ApiClient.Response second = bitnobWebhook(server, body);

        assertThat(invoice.status()).as(invoice.body().toString()).isEqualTo(201);
        assertThat(invoice.body().get("payment_request").asText())
                .isEqualTo("lnbc100000n1p" + bitnob.invoiceFor(invoiceId).id().replace("_", ""));
        assertThat(bitnob.requests()).contains("POST /api/lightning/invoices");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().get("duplicate").asBoolean()).isFalse();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("duplicate").asBoolean()).isTrue();
        JsonNode status = client.api().get("/jobs/" + jobId + "/status").body();
        assertThat(status.get("status").asText()).isEqualTo("funded");
        assertThat(status.get("funded_sats").asLong()).isEqualTo(100_000);
        assertThat(bitnob.badlySigned()).isEmpty();
    }

    @Test
    void webhookSignedWithServerSecretIsRejected() {
        TestServer server = start(Map.of());
        Users.SignedIn client = Users.register(server.client(), "client");
        String invoiceId = createInvoice(client, createJob(client));

        ApiClient.Response response = server.client().webhook(paidEvent("evt-1", invoiceId, 100_000),
                TestServer.WEBHOOK_SECRET);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void unrelatedEventIsAcknowledgedWithoutChange() {
        TestServer server = start(Map.of());
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = createJob(client);
        String invoiceId = createInvoice(client, jobId);

        ApiClient.Response response = bitnobWebhook(server, "{\"event\":\"transfer.success\",\"event_id\":\"evt-9\","
                + "\"data\":{\"chain\":\"bitcoin\",\"reference\":\"" + invoiceId + "\",\"amount\":100000}}");

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.body().get("received").asBoolean()).isTrue();
        assertThat(response.body().get("duplicate").asBoolean()).isFalse();
        assertThat(jobStatus(client, jobId)).isEqualTo("awaiting_funding");
    }

    @Test
    void malformedEnvelopeGets400() {
        TestServer server = start(Map.of());

        ApiClient.Response noReference = bitnobWebhook(server,
                "{\"event\":\"btc.lightning.received.success\",\"event_id\":\"evt-2\",\"data\":{\"amount\":5}}");
        ApiClient.Response badAmount = bitnobWebhook(server, paidEvent("evt-3", "inv", 1).replace("1}", "\"x\"}"));

        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.body().get("detail").asText()).contains("data.reference");
        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.body().get("detail").asText()).contains("data.amount");
    }

    @Test
    void reconcilerAppliesLostWebhookPayment() {
        TestServer server = start(Map.of("PAYLYT_RECONCILE_INTERVAL", "PT0.2S"));
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = createJob(client);
        String invoiceId = createInvoice(client, jobId);

        bitnob.payWithoutWebhook(invoiceId);

        eventually(() -> jobStatus(client, jobId).equals("funded"), "job funded by reconciliation");
        assertThat(bitnob.requests()).contains("GET /api/lightning/invoices/" + bitnob.invoiceFor(invoiceId).id());
        assertThat(client.api().get("/jobs/" + jobId + "/status").body().get("invoice").get("status").asText())
                .isEqualTo("paid");
    }

    @Test
    void restartAppliesPaymentMadeWhileDown() throws Exception {
        Path dataDir = Files.createTempDirectory("paylyt-bitnob-restart-");
        bitnob.writeSettings(dataDir, Map.of("PAYLYT_RECONCILE_INTERVAL", "PT1H"));
        TestServer first = TestServer.start(TestServer.config(dataDir).withLightning("bitnob"));
        Users.SignedIn client = Users.register(first.client(), "client");
        String jobId = createJob(client);
        String invoiceId = createInvoice(client, jobId);
        first.stopKeepingData();

        bitnob.payWithoutWebhook(invoiceId);
        TestServer second = TestServer.start(TestServer.config(dataDir).withLightning("bitnob"));
        servers.add(second);
        ApiClient api = signIn(second, client);

        eventually(() -> api.get("/jobs/" + jobId).body().get("status").asText().equals("funded"),
                "job funded by the start-up reconciliation");
        assertThat(bitnob.requests()).as("looked up by the stored Bitnob id, not by listing invoices")
                .contains("GET /api/lightning/invoices/" + bitnob.invoiceFor(invoiceId).id())
                .noneMatch(request -> request.startsWith("GET /api/lightning/invoices?"));
    }

    @Test
    void staleRateGives503() {
        TestServer server = start(Map.of());
        Users.SignedIn client = Users.register(server.client(), "client");
        bitnob.setRate(new BigDecimal("95000"), Instant.now().minus(Duration.ofMinutes(30)));

        ApiClient.Response preview = client.api().post("/wallet/convert/preview",
                Map.of("amount_btc", "0.001", "target_currency", "USD"));

        assertThat(preview.status()).as(preview.body().toString()).isEqualTo(503);
        assertThat(preview.body().get("code").asText()).isEqualTo("rate_unavailable");
    }

    @Test
    void freshRateConvertsAtBitnobsPrice() {
        TestServer server = start(Map.of());
        Users.SignedIn client = Users.register(server.client(), "client");
        fundWithExcess(server, client, 50_000);

        ApiClient.Response converted = client.api().post("/wallet/convert",
                Map.of("amount_btc", "0.0005", "target_currency", "USD"));

        assertThat(converted.status()).as(converted.body().toString()).isEqualTo(200);
        assertThat(converted.body().get("rate_source").asText()).isEqualTo("bitnob");
        assertThat(converted.body().get("amount_fiat").decimalValue()).isEqualByComparingTo("47.50");
    }

    @Test
    void failedPayoutReversesWithdrawal() {
        TestServer server = start(Map.of("BITNOB_PAYOUT_POLL_INTERVAL", "1"));
        Users.SignedIn client = Users.register(server.client(), "client");
        fundWithExcess(server, client, 50_000);
        client.api().post("/wallet/convert", Map.of("amount_btc", "0.0005", "target_currency", "USD"));
        bitnob.setPayoutStatus("FAILED");

        ApiClient.Response withdrawn = client.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "20.00", "currency", "USD", "destination", BENEFICIARY));

        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("failed");
        JsonNode wallet = client.api().get("/wallet").body();
        assertThat(wallet.get("balances").get("fiat").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("47.50");
        assertThat(wallet.get("transactions").findValuesAsText("type"))
                .startsWith("withdrawal_reversal", "withdrawal");
        assertThat(withdrawalStatus(server, withdrawn.body().get("withdrawal_id").asText())).isEqualTo("failed");
    }

    @Test
    void slowPayoutReturnsPendingThenCompletes() {
        TestServer server = start(Map.of("PAYLYT_PAYOUT_WAIT", "PT0.3S", "BITNOB_PAYOUT_POLL_INTERVAL", "1",
                "BITNOB_PAYOUT_POLL_TIMEOUT", "2", "PAYLYT_RECONCILE_INTERVAL", "PT0.2S"));
        Users.SignedIn client = Users.register(server.client(), "client");
        fundWithExcess(server, client, 50_000);
        client.api().post("/wallet/convert", Map.of("amount_btc", "0.0005", "target_currency", "USD"));

        long started = System.nanoTime();
        ApiClient.Response withdrawn = client.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "20.00", "currency", "USD", "destination", BENEFICIARY));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        String withdrawalId = withdrawn.body().get("withdrawal_id").asText();

        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("pending");
        assertThat(waited).isLessThan(Duration.ofSeconds(2));
        assertThat(withdrawalStatus(server, withdrawalId)).isEqualTo("pending");
        bitnob.setPayoutStatus("COMPLETED");
        eventually(() -> withdrawalStatus(server, withdrawalId).equals("completed"), "withdrawal completed");
    }

    @Test
    void unknownPayoutFailsAfterGrace() {
        TestServer server = start(Map.of("PAYLYT_PAYOUT_WAIT", "PT0.3S", "BITNOB_PAYOUT_POLL_INTERVAL", "1",
                "BITNOB_PAYOUT_POLL_TIMEOUT", "1", "PAYLYT_RECONCILE_INTERVAL", "PT0.2S",
                "PAYLYT_UNKNOWN_PAYOUT_GRACE", "PT3S"));
        Users.SignedIn client = Users.register(server.client(), "client");
        fundWithExcess(server, client, 50_000);
        client.api().post("/wallet/convert", Map.of("amount_btc", "0.0005", "target_currency", "USD"));

        ApiClient.Response withdrawn = client.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "20.00", "currency", "USD", "destination", BENEFICIARY));
        String withdrawalId = withdrawn.body().get("withdrawal_id").asText();

        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("pending");
        bitnob.forgetPayouts();
        eventually(() -> withdrawalStatus(server, withdrawalId).equals("failed"), "unknown payout failed");
        JsonNode wallet = client.api().get("/wallet").body();
        assertThat(wallet.get("transactions").findValuesAsText("type")).first().isEqualTo("withdrawal_reversal");
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void missingClientIdFailsStart() throws Exception {
        Path dataDir = Files.createTempDirectory("paylyt-bitnob-missing-");
        Files.writeString(dataDir.resolve("providers.properties"), "BITNOB_CLIENT_SECRET=s3cr3t-value\n");

        assertThatThrownBy(() -> PaylytServer.create(TestServer.config(dataDir).withLightning("bitnob")))
                .isInstanceOf(InvalidProviderSettingsException.class)
                .hasMessageContaining("BITNOB_CLIENT_ID")
                .hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void missingWebhookSecretFailsStart() throws Exception {
        Path dataDir = Files.createTempDirectory("paylyt-bitnob-missing-");
        Files.writeString(dataDir.resolve("providers.properties"), "BITNOB_CLIENT_ID=a\nBITNOB_CLIENT_SECRET=b\n"
                + "BITNOB_CUSTOMER_ID=c\n");
        com.paylyt.server.ServerConfig config = TestServer.config(dataDir).withLightning("bitnob")
                .withSecrets(null, null);

        assertThatThrownBy(() -> PaylytServer.create(config))
                .isInstanceOf(InvalidProviderSettingsException.class)
                .hasMessageContaining("BITNOB_WEBHOOK_SECRET");
    }

    private TestServer start(Map<String, String> settings) {
        try {
            Path dataDir = Files.createTempDirectory("paylyt-bitnob-");
            bitnob.writeSettings(dataDir, settings);
            TestServer server = TestServer.start(TestServer.config(dataDir).withLightning("bitnob"));
            servers.add(server);
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Funds a job through a webhook that reports {@code excess} sats more than the job needs. */
    private void fundWithExcess(TestServer server, Users.SignedIn client, long excess) {
        String invoiceId = createInvoice(client, createJob(client));
        ApiClient.Response paid = bitnobWebhook(server, paidEvent("evt-" + invoiceId, invoiceId, 100_000 + excess));
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
    }

    private static String createJob(Users.SignedIn client) {
        ApiClient.Response created = client.api().post("/jobs", EscrowFlowTest.jobFor(null));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static String createInvoice(Users.SignedIn client, String jobId) {
        ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);
        assertThat(invoice.status()).as(invoice.body().toString()).isEqualTo(201);
        return invoice.body().get("invoice_id").asText();
    }

    private static String jobStatus(Users.SignedIn client, String jobId) {
        return client.api().get("/jobs/" + jobId).body().get("status").asText();
    }

    private static ApiClient signIn(TestServer server, Users.SignedIn user) {
        ApiClient.Response login = server.client().post("/auth/login",
                Map.of("email", user.email(), "password", user.password()));
        return server.client().withToken(login.body().get("token").asText());
    }

    private static String paidEvent(String eventId, String invoiceId, long amountSats) {
        return "{\"event\":\"btc.lightning.received.success\",\"event_id\":\"" + eventId + "\",\"data\":{"
                + "\"reference\":\"" + invoiceId + "\",\"status\":\"success\",\"amount\":" + amountSats + "}}";
    }

    private static ApiClient.Response bitnobWebhook(TestServer server, String body) {
        return server.client().webhook(body, FakeBitnob.WEBHOOK_SECRET);
    }

    private static String withdrawalStatus(TestServer server, String withdrawalId) {
        return server.server().database().read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT status FROM withdrawals WHERE id = ?")) {
                query.setString(1, withdrawalId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : "missing";
                }
            }
        });
    }

    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 10 s waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
