package com.paylyt.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Builds jobs in a given status and funds wallets through the public API, for tests that need money. */
public final class Escrow {

    /** The price of {@link #createJob} jobs: 0.001 BTC. */
    public static final long JOB_SATS = 100_000;

    private Escrow() {
    }

    /** Returns a valid job request for 0.001 BTC; {@code freelancer} may be null for an open job. */
    public static Map<String, Object> jobRequest(String freelancer) {
        Map<String, Object> job = new HashMap<>(Map.of(
                "title", "Logo design",
                "description", "A vector logo in three colours",
                "amount_fiat", "95.00",
                "fiat_currency", "USD",
                "amount_btc", "0.001",
                "deadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
        if (freelancer != null) {
            job.put("freelancer", freelancer);
        }
        return job;
    }

    /** Creates a 0.001 BTC job; {@code freelancer} may be null for an open job. */
    public static String createJob(Users.SignedIn client, String freelancer) {
        Map<String, Object> job = jobRequest(freelancer);
        ApiClient.Response created = client.api().post("/jobs", job);
        assertThat(created.status()).as("create job: %s", created.body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    public static String invoice(Users.SignedIn client, String jobId) {
        ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);
        assertThat(invoice.status()).as("invoice: %s", invoice.body()).isIn(200, 201);
        return invoice.body().get("invoice_id").asText();
    }

    public static String paidWebhook(String invoiceId, long sats) {
        return "{\"invoice_id\":\"" + invoiceId + "\",\"status\":\"paid\",\"amount_sats\":" + sats + "}";
    }

    public static ApiClient.Response pay(TestServer server, String invoiceId, long sats) {
        return server.client().webhook(paidWebhook(invoiceId, sats), TestServer.WEBHOOK_SECRET);
    }

    /** Returns a job of {@code client} and {@code freelancer} moved to {@code status} along the escrow flow. */
    public static String jobIn(TestServer server, Users.SignedIn client, Users.SignedIn freelancer, String status) {
        String jobId = createJob(client, freelancer.username());
        List<String> flow = List.of("awaiting_funding", "funded", "submitted", "approved", "released");
        int target = flow.indexOf(status);
        if (status.equals("cancelled")) {
            assertThat(client.api().post("/jobs/" + jobId + "/cancel", null).status()).isEqualTo(200);
            return jobId;
        }
        if (target >= 1) {
            assertThat(pay(server, invoice(client, jobId), JOB_SATS).status()).isEqualTo(200);
        }
        if (target >= 2) {
            assertThat(freelancer.api().post("/jobs/" + jobId + "/complete", null).status()).isEqualTo(200);
        }
        if (target >= 3) {
            assertThat(client.api().post("/jobs/" + jobId + "/approve", null).status()).isEqualTo(200);
        }
        if (target >= 4) {
            assertThat(client.api().post("/jobs/" + jobId + "/release", null).status()).isEqualTo(200);
        }
        return jobId;
    }

    /** Puts {@code sats} into the user's wallet: they overpay an open job of their own by that much. */
    public static void creditWallet(TestServer server, Users.SignedIn user, long sats) {
        String jobId = createJob(user, null);
        assertThat(pay(server, invoice(user, jobId), JOB_SATS + sats).status()).isEqualTo(200);
    }

    public static long satsBalance(Users.SignedIn user) {
        return user.api().get("/wallet").body().get("balances").get("sats").asLong();
    }

    /**
     * Runs {@code request} {@code count} times at once: every thread waits at a gate, then all send together.
     * Gives up after 60 seconds.
     */
    public static List<ApiClient.Response> inParallel(int count, IntFunction<ApiClient.Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    return request.apply(index);
                }));
            }
            gate.countDown();
            List<ApiClient.Response> responses = new java.util.ArrayList<>();
            for (Future<ApiClient.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("Parallel requests failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    public static long count(List<ApiClient.Response> responses, int status) {
        return responses.stream().filter(response -> response.status() == status).count();
    }
}
