package com.paylyt.server.guarantees;

import static com.paylyt.server.support.Escrow.JOB_SATS;
import static com.paylyt.server.support.Escrow.count;
import static com.paylyt.server.support.Escrow.inParallel;
import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same money-moving request sent many times at once: exactly one wins and the books still balance. */
class ConcurrencyTest {

    private static final int PARALLEL = 12;

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void ledgerStaysConsistent() {
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void duplicatePaidWebhooksFundOnce() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = Escrow.createJob(client, null);
        String invoiceId = Escrow.invoice(client, jobId);

        List<ApiClient.Response> responses = inParallel(PARALLEL, i -> Escrow.pay(server, invoiceId, JOB_SATS + 500));

        assertThat(count(responses, 200)).isEqualTo(PARALLEL);
        assertThat(responses.stream().filter(response -> !response.body().get("duplicate").asBoolean())).hasSize(1);
        assertThat(client.api().get("/jobs/" + jobId).body().get("funded_sats").asLong()).isEqualTo(JOB_SATS);
        assertThat(Escrow.satsBalance(client)).isEqualTo(500);
    }

    @Test
    void parallelApprovesAndReleasesPayOnce() {
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");
        String jobId = Escrow.jobIn(server, client, freelancer, "submitted");

        List<ApiClient.Response> approvals = inParallel(PARALLEL,
                i -> client.api().post("/jobs/" + jobId + "/approve", null));
        List<ApiClient.Response> releases = inParallel(PARALLEL,
                i -> client.api().post("/jobs/" + jobId + "/release", null));

        assertThat(count(approvals, 200)).isEqualTo(1);
        assertThat(count(approvals, 409)).isEqualTo(PARALLEL - 1);
        assertThat(count(releases, 200)).isEqualTo(1);
        assertThat(count(releases, 409)).isEqualTo(PARALLEL - 1);
        assertThat(Escrow.satsBalance(freelancer)).isEqualTo(JOB_SATS);
    }

    @Test
    void approveRacingReleaseReleasesAtMostOnce() {
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");
        String jobId = Escrow.jobIn(server, client, freelancer, "submitted");

        List<ApiClient.Response> responses = inParallel(PARALLEL, i -> client.api().post(
                "/jobs/" + jobId + (i % 2 == 0 ? "/approve" : "/release"), null));

        long released = responses.stream()
                .filter(response -> response.status() == 200)
                .filter(response -> response.body().get("status").asText().equals("released"))
                .count();
        assertThat(released).isLessThanOrEqualTo(1);
        assertThat(Escrow.satsBalance(freelancer)).isEqualTo(released * JOB_SATS);
    }

    @Test
    void cancelRacingPaymentLosesNoSats() {
        Users.SignedIn client = Users.register(server.client(), "client");
        for (int round = 0; round < 10; round++) {
            long walletBefore = Escrow.satsBalance(client);
            String jobId = Escrow.createJob(client, null);
            String invoiceId = Escrow.invoice(client, jobId);

            List<ApiClient.Response> responses = inParallel(2, i -> i == 0
                    ? client.api().post("/jobs/" + jobId + "/cancel", null)
                    : Escrow.pay(server, invoiceId, JOB_SATS));

            String status = client.api().get("/jobs/" + jobId).body().get("status").asText();
            long credited = Escrow.satsBalance(client) - walletBefore;
            assertThat(responses.get(1).status()).isEqualTo(200);
            if (responses.get(0).status() == 200) {
                assertThat(status).isEqualTo("cancelled");
                assertThat(credited).as("a cancelled job's payment goes back to the client").isEqualTo(JOB_SATS);
            } else {
                assertThat(responses.get(0).status()).isEqualTo(409);
                assertThat(status).isEqualTo("funded");
                assertThat(credited).isZero();
            }
        }
    }

    @Test
    void conversionsBeyondTheBalanceAreRejected() {
        Users.SignedIn user = Users.register(server.client(), "converter");
        Escrow.creditWallet(server, user, 100_000);

        List<ApiClient.Response> responses = inParallel(PARALLEL, i -> user.api().post("/wallet/convert",
                Map.of("amount_btc", "0.0003", "target_currency", "USD")));

        assertThat(count(responses, 200)).isEqualTo(3);
        assertThat(count(responses, 400)).isEqualTo(PARALLEL - 3);
        assertThat(Escrow.satsBalance(user)).isEqualTo(10_000);
    }

    @Test
    void withdrawalsBeyondTheBalanceAreRejected() {
        Users.SignedIn user = Users.register(server.client(), "withdrawer");
        Escrow.creditWallet(server, user, 100_000);
        ApiClient.Response converted = user.api().post("/wallet/convert",
                Map.of("amount_btc", "0.001", "target_currency", "USD"));
        assertThat(converted.body().get("amount_fiat").decimalValue()).isEqualByComparingTo("95.00");

        List<ApiClient.Response> responses = inParallel(PARALLEL, i -> user.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "20.00", "currency", "USD")));

        assertThat(count(responses, 200)).isEqualTo(4);
        assertThat(count(responses, 400)).isEqualTo(PARALLEL - 4);
        assertThat(user.api().get("/wallet").body().get("balances").get("fiat").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("15.00");
    }
}
