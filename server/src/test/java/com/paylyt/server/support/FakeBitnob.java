package com.paylyt.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on loopback that plays Bitnob for a whole server: it keeps the invoices and payouts it was
 * sent, returns them in the documented response shapes, and checks the signing headers of every request.
 */
public final class FakeBitnob extends Dispatcher implements AutoCloseable {

    public static final String CLIENT_ID = "paylyt-test-client";
    public static final String CLIENT_SECRET = "paylyt-test-client-secret";
    public static final String WEBHOOK_SECRET = "paylyt-test-bitnob-webhook-secret";
    public static final String CUSTOMER_ID = "cus_test_1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, FakeInvoice> invoicesById = new ConcurrentHashMap<>();
    private final Map<String, String> payoutStatusByReference = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> badlySigned = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile BigDecimal usdPerBtc = new BigDecimal("95000");
    private volatile Instant rateTimestamp;
    private volatile String payoutStatus = "PROCESSING";

    /** An invoice as the fake Bitnob stores it. */
    public record FakeInvoice(String id, String reference, long amountSat, String status) {
    }

    public FakeBitnob() {
        server.setDispatcher(this);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code providers.properties} pointing the server at this fake, plus {@code extra} settings. */
    public void writeSettings(Path dataDir, Map<String, String> extra) {
        StringBuilder properties = new StringBuilder()
                .append("BITNOB_BASE_URL=http://127.0.0.1:").append(server.getPort()).append("/\n")
                .append("BITNOB_CLIENT_ID=").append(CLIENT_ID).append('\n')
                .append("BITNOB_CLIENT_SECRET=").append(CLIENT_SECRET).append('\n')
                .append("BITNOB_WEBHOOK_SECRET=").append(WEBHOOK_SECRET).append('\n')
                .append("BITNOB_CUSTOMER_ID=").append(CUSTOMER_ID).append('\n')
                .append("BITNOB_RATE_CURRENCIES=USD\n");
        extra.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("providers.properties");
            Files.writeString(file, properties);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the invoice Bitnob created for our invoice id. */
    public FakeInvoice invoiceFor(String reference) {
        return invoicesById.values().stream()
                .filter(invoice -> invoice.reference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Bitnob has no invoice with reference " + reference));
    }

    /** Marks our invoice paid at Bitnob without sending a webhook, as when the webhook is lost. */
    public void payWithoutWebhook(String reference) {
        FakeInvoice invoice = invoiceFor(reference);
        invoicesById.put(invoice.id(), new FakeInvoice(invoice.id(), reference, invoice.amountSat(), "paid"));
    }

    /** Sets the rate and the timestamp Bitnob returns for BTC/USD; a null timestamp means the time of the request. */
    public void setRate(BigDecimal newUsdPerBtc, Instant newTimestamp) {
        usdPerBtc = newUsdPerBtc;
        rateTimestamp = newTimestamp;
    }

    /** Forgets every payout so far, as if Bitnob never received them: look-ups return 404. */
    public void forgetPayouts() {
        payoutStatusByReference.clear();
    }

    /** Sets the status every payout reports from now on, such as {@code FAILED} or {@code COMPLETED}. */
    public void setPayoutStatus(String status) {
        payoutStatus = status;
    }

    /** Returns each request as {@code METHOD target}, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Returns the requests whose signing headers did not match. */
    public List<String> badlySigned() {
        return List.copyOf(badlySigned);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String line = request.getMethod() + " " + request.getTarget();
        requests.add(line);
        if (!isSignedCorrectly(request)) {
            badlySigned.add(line);
            return json(401, "{\"success\":false,\"message\":\"invalid signature\"}");
        }
        String path = request.getUrl().encodedPath();
        if (path.equals("/api/lightning/invoices") && request.getMethod().equals("POST")) {
            return createInvoice(body(request));
        }
        if (path.startsWith("/api/lightning/invoices/")) {
            FakeInvoice invoice = invoicesById.get(path.substring("/api/lightning/invoices/".length()));
            return invoice == null ? json(404, "{\"success\":false,\"message\":\"invoice not found\"}")
                    : json(200, "{\"success\":true,\"data\":" + invoiceJson(invoice) + "}");
        }
        if (path.equals("/api/exchange-rates")) {
            return rate(request.getUrl().queryParameter("to"));
        }
        if (path.equals("/api/payouts/quotes")) {
            String reference = body(request).path("reference").asText();
            payoutStatusByReference.put(reference, "quote");
            return json(200, "{\"status\":\"success\",\"data\":{\"quote\":{\"id\":\"q_" + ids.incrementAndGet()
                    + "\",\"quote_id\":\"QT_" + reference + "\",\"status\":\"quote\"}}}");
        }
        if (path.startsWith("/api/payouts/quotes/")) {
            return json(200, "{\"status\":\"success\",\"data\":{\"id\":\"po_1\",\"status\":\"processing\"}}");
        }
        if (path.startsWith("/api/payouts/fetch/reference/")) {
            return payout(path.substring("/api/payouts/fetch/reference/".length()));
        }
        return json(404, "{\"success\":false,\"message\":\"no route " + path + "\"}");
    }

    private MockResponse createInvoice(JsonNode body) {
        String id = "ln_inv_" + ids.incrementAndGet();
        FakeInvoice invoice = new FakeInvoice(id, body.path("reference").asText(), body.path("amount").asLong(),
                "pending");
        invoicesById.put(id, invoice);
        return json(200, "{\"success\":true,\"message\":\"Invoice created\",\"data\":" + invoiceJson(invoice) + "}");
    }

    private static String invoiceJson(FakeInvoice invoice) {
        return "{\"id\":\"" + invoice.id() + "\",\"payment_hash\":\"" + "ab".repeat(32) + "\",\"request\":\"lnbc"
                + invoice.amountSat() + "n1p" + invoice.id().replace("_", "") + "\",\"amount_sat\":\""
                + invoice.amountSat() + "\",\"status\":\"" + invoice.status() + "\",\"reference\":\""
                + invoice.reference() + "\",\"expires_at\":\"" + Instant.now().plusSeconds(900) + "\"}";
    }

    private MockResponse rate(String currency) {
        if (!"USD".equals(currency)) {
            return json(400, "{\"success\":false,\"message\":\"unsupported currency\"}");
        }
        Instant timestamp = rateTimestamp == null ? Instant.now() : rateTimestamp;
        return json(200, "{\"success\":true,\"data\":{\"base_currency\":\"BTC\",\"target_currency\":\"USD\","
                + "\"mid_rate\":\"" + usdPerBtc.toPlainString() + "\",\"timestamp\":\"" + timestamp + "\"}}");
    }

    private MockResponse payout(String reference) {
        if (!payoutStatusByReference.containsKey(reference)) {
            return json(404, "{\"success\":false,\"message\":\"payout not found\"}");
        }
        return json(200, "{\"status\":\"success\",\"data\":{\"off_ramps\":[{\"id\":\"po_" + reference
                + "\",\"reference\":\"" + reference + "\",\"status\":\"" + payoutStatus + "\"}]}}");
    }

    private static boolean isSignedCorrectly(RecordedRequest request) {
        String timestamp = request.getHeaders().get("X-Auth-Timestamp");
        String nonce = request.getHeaders().get("X-Auth-Nonce");
        String signature = request.getHeaders().get("X-Auth-Signature");
        if (!CLIENT_ID.equals(request.getHeaders().get("X-Auth-Client")) || timestamp == null || nonce == null
                || signature == null) {
            return false;
        }
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        return signature.equals(hmacSha256Hex(CLIENT_ID + ":" + timestamp + ":" + nonce + ":" + body));
    }

    private static String hmacSha256Hex(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody() == null ? "{}" : request.getBody().string(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
