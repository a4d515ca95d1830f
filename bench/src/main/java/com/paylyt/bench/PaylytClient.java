package com.paylyt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The PayLyt requests that the load runs send, each checking for the status code that success returns. */
final class PaylytClient {

    static final String WEBHOOK_SECRET = "bench-webhook-secret-of-32-bytes!";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN_BODY = "{\"email\":\"" + Dataset.CLIENT_EMAIL + "\",\"password\":\""
            + Dataset.PASSWORD + "\"}";
    private static final String INVOICE_ID_FIELD = "\"invoice_id\":\"";
    private static final ThreadLocal<Mac> WEBHOOK_MAC = ThreadLocal.withInitial(PaylytClient::webhookMac);

    private PaylytClient() {
    }

    /** Signs in as the seeded client and returns the bearer token. */
    static String signIn(int port) throws IOException {
        try (HttpConnection connection = new HttpConnection(port)) {
            HttpConnection.Response response = connection.postJson("/api/auth/login", null, LOGIN_BODY);
            expect(response, 200, "sign-in");
            JsonNode token = JSON.readTree(response.body()).get("token");
            if (token == null || !token.isTextual()) {
                throw new IOException("The sign-in response has no token: " + response.bodyText());
            }
            return token.asText();
        }
    }

    /** Operation (e): one sign-in, which hashes the password with Argon2id on the server. */
    static LoadRun.Operation login() {
        return (connection, sequence) -> expect(connection.postJson("/api/auth/login", null, LOGIN_BODY), 200,
                "sign-in");
    }

    /** Operation (c) and (f): the status of a random job among the first {@code jobs} seeded ones. */
    static LoadRun.Operation statusOfRandomJob(String token, long jobs) {
        return (connection, sequence) -> {
            String jobId = Dataset.jobId(1 + ThreadLocalRandom.current().nextLong(jobs));
            expect(connection.get("/api/jobs/" + jobId + "/status", token), 200, "status of job " + jobId);
        };
    }

    /**
     * Operation (d): creates an invoice for the next unfunded job, then reports it paid through a signed webhook,
     * which funds the job. The returned operation counts jobs across all the runs it is used in, so that every
     * operation funds a new job.
     */
    static LoadRun.Operation fundNextJob(String token) {
        AtomicLong jobs = new AtomicLong();
        return (connection, sequence) -> {
            String jobId = Dataset.jobId(jobs.incrementAndGet());
            HttpConnection.Response invoice = connection.postJson("/api/jobs/" + jobId + "/invoice", token, null);
            expect(invoice, 201, "invoice for job " + jobId);
            String body = "{\"invoice_id\":\"" + invoiceId(invoice.bodyText()) + "\",\"status\":\"paid\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String signature = HexFormat.of().formatHex(WEBHOOK_MAC.get().doFinal(bytes));
            expect(connection.postJson("/api/webhooks/bitnob", body, "X-Bitnob-Signature", signature), 200,
                    "webhook for job " + jobId);
        };
    }

    private static String invoiceId(String invoiceJson) throws IOException {
        int start = invoiceJson.indexOf(INVOICE_ID_FIELD);
        if (start < 0) {
            throw new IOException("The invoice response has no invoice_id: " + invoiceJson);
        }
        start += INVOICE_ID_FIELD.length();
        return invoiceJson.substring(start, invoiceJson.indexOf('"', start));
    }

    private static Mac webhookMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available in this JVM", e);
        }
    }

    static void expect(HttpConnection.Response response, int status, String what) throws IOException {
        if (response.status() != status) {
            String body = response.bodyText();
            throw new IOException(what + " returned " + response.status() + " instead of " + status + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }
}
