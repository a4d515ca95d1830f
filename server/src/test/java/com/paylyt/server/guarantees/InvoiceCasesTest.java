package com.paylyt.server.guarantees;

import static com.paylyt.server.support.Escrow.JOB_SATS;
import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.MutableClock;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Payments that do not match the pending invoice: each is booked once and shows in the client's wallet. */
class InvoiceCasesTest {

    private static MutableClock clock;
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        clock = MutableClock.startingNow();
        server = TestServer.start(clock);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String status(Users.SignedIn client, String jobId) {
        return client.api().get("/jobs/" + jobId).body().get("status").asText();
    }

    @Test
    void lateSupersededPaymentGoesToTheWallet() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = Escrow.createJob(client, null);
        String old = Escrow.invoice(client, jobId);
        clock.advance(Duration.ofMinutes(16));
        String newer = Escrow.invoice(client, jobId);

        ApiClient.Response paidNewer = Escrow.pay(server, newer, JOB_SATS);
        ApiClient.Response paidOld = Escrow.pay(server, old, JOB_SATS);

        assertThat(newer).isNotEqualTo(old);
        assertThat(paidNewer.status()).isEqualTo(200);
        assertThat(paidOld.status()).isEqualTo(200);
        assertThat(status(client, jobId)).isEqualTo("funded");
        assertThat(Escrow.satsBalance(client)).isEqualTo(JOB_SATS);
        assertThat(client.api().get("/wallet").body().get("transactions").findValuesAsText("type"))
                .contains("overpayment");
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void paymentOfExpiredInvoiceStillFundsTheJob() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = Escrow.createJob(client, null);
        String invoiceId = Escrow.invoice(client, jobId);
        String expired = "{\"invoice_id\":\"" + invoiceId + "\",\"status\":\"expired\"}";
        server.client().webhook(expired, TestServer.WEBHOOK_SECRET);

        Escrow.pay(server, invoiceId, JOB_SATS);

        assertThat(status(client, jobId)).isEqualTo("funded");
        assertThat(Escrow.satsBalance(client)).isZero();
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void paymentAfterCancelIsCreditedBack() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = Escrow.createJob(client, null);
        String invoiceId = Escrow.invoice(client, jobId);
        Escrow.pay(server, invoiceId, 30_000);
        String rest = Escrow.invoice(client, jobId);
        assertThat(client.api().post("/jobs/" + jobId + "/cancel", null).status()).isEqualTo(200);

        Escrow.pay(server, rest, 70_000);

        assertThat(status(client, jobId)).isEqualTo("cancelled");
        assertThat(Escrow.satsBalance(client)).isEqualTo(JOB_SATS);
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void underpaymentIsKeptAndTheRestInvoiced() {
        Users.SignedIn client = Users.register(server.client(), "client");
        String jobId = Escrow.createJob(client, null);

        Escrow.pay(server, Escrow.invoice(client, jobId), 1);
        ApiClient.Response rest = client.api().post("/jobs/" + jobId + "/invoice", null);

        assertThat(client.api().get("/jobs/" + jobId).body().get("funded_sats").asLong()).isEqualTo(1);
        assertThat(rest.body().get("amount_sats").asLong()).isEqualTo(JOB_SATS - 1);
        assertThat(server.ledgerViolations()).isEmpty();
    }

    @Test
    void reportBeforeTheInvoiceRowIsHeldNotDropped() {
        String unknown = UUID.randomUUID().toString();

        ApiClient.Response early = Escrow.pay(server, unknown, 5_000);

        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body().get("duplicate").asBoolean()).isFalse();
        assertThat(server.ledgerViolations()).singleElement()
                .satisfies(violation -> assertThat(violation.detail()).contains(unknown));
        server.server().database().write(connection -> connection.createStatement()
                .executeUpdate("DELETE FROM early_payment_notices"));
    }
}
