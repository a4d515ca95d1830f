package com.paylyt.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulator sends no webhook when an invoice expires, so the reconciler expires it. */
class ReconcilerExpiryTest {

    @Test
    void overdueSimulatedInvoiceBecomesExpired() throws Exception {
        Path dataDir = Files.createTempDirectory("paylyt-expiry-");
        Files.writeString(dataDir.resolve("providers.properties"), "PAYLYT_RECONCILE_INTERVAL=PT0.2S\n");
        try (TestServer server = TestServer.start(TestServer.config(dataDir)
                .withInvoiceExpiry(Duration.ofSeconds(1)))) {
            Users.SignedIn client = Users.register(server.client(), "client");
            String jobId = client.api().post("/jobs", EscrowFlowTest.jobFor(null)).body().get("id").asText();
            ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);

            assertThat(invoiceStatus(client, jobId)).isEqualTo("pending");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!invoiceStatus(client, jobId).equals("expired") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertThat(invoice.status()).isEqualTo(201);
            assertThat(invoiceStatus(client, jobId)).isEqualTo("expired");
            assertThat(client.api().get("/jobs/" + jobId).body().get("status").asText())
                    .isEqualTo("awaiting_funding");
        }
    }

    private static String invoiceStatus(Users.SignedIn client, String jobId) {
        return client.api().get("/jobs/" + jobId + "/status").body().get("invoice").get("status").asText();
    }
}
