package com.paylyt.server.providers.lnd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.ProviderTimeoutException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LND's REST API: add invoice ({@code POST /v1/invoices}), look up invoice ({@code GET /v1/invoice/{r_hash_str}},
 * hash in hex) and pay invoice ({@code POST /v2/router/send}, a stream of JSON lines). Every request carries the
 * macaroon in hex in {@code Grpc-Metadata-macaroon}. Source: the LND API reference at api.lightning.community.
 * LND's JSON sends 64-bit integers as strings and bytes as base64.
 */
public final class LndClient {

    private static final Logger log = LoggerFactory.getLogger(LndClient.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpUrl restUrl;
    private final String macaroonHex;
    private final OkHttpClient http;
    private final Duration paymentTimeout;
    private final ObjectMapper json = new ObjectMapper();

    /** Creates a client that trusts only the node's certificate and reads the macaroon file once. */
    public LndClient(LndSettings settings) {
        this(settings.restUrl(), readMacaroonHex(settings.macaroonPath()), LndTls.trusting(settings.tlsCertPath()),
                settings.connectTimeout(), settings.readTimeout(), settings.paymentTimeout());
    }

    /**
     * Creates a client from explicit values.
     *
     * @param tls the certificates to trust, or null to use plain HTTP (tests only)
     */
    public LndClient(String restUrl, String macaroonHex, LndTls tls, Duration connectTimeout, Duration readTimeout,
            Duration paymentTimeout) {
        this.restUrl = HttpUrl.parse(restUrl);
        if (this.restUrl == null) {
            throw new IllegalStateException("Invalid LND_REST_URL: '" + restUrl + "'; use https://HOST:8080");
        }
        this.macaroonHex = macaroonHex;
        this.paymentTimeout = paymentTimeout;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout.plus(paymentTimeout))
                .retryOnConnectionFailure(false);
        if (tls != null) {
            builder.sslSocketFactory(tls.sslContext().getSocketFactory(), tls.trustManager());
        }
        this.http = builder.build();
    }

    /** Adds an invoice of {@code valueSat} that expires after {@code expiry}. */
    public LndAddedInvoice addInvoice(long valueSat, String memo, Duration expiry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memo", memo);
        body.put("value", Long.toString(valueSat));
        body.put("expiry", Long.toString(expiry.toSeconds()));
        JsonNode root = parse(call("POST", "/v1/invoices", body), "POST /v1/invoices");
        String hash = root.path("r_hash").asText("");
        String paymentRequest = root.path("payment_request").asText("");
        if (hash.isEmpty() || paymentRequest.isEmpty()) {
            throw new LightningException("LND returned no r_hash or payment_request for a new invoice");
        }
        return new LndAddedInvoice(base64ToHex(hash), paymentRequest);
    }

    /** Looks up an invoice by its hex payment hash; empty when the node does not know it. */
    public Optional<LndInvoice> lookupInvoice(String paymentHashHex) {
        String path = "/v1/invoice/" + paymentHashHex;
        CallResult result = call("GET", path, null);
        if (result.status() == 404 || result.body().contains("unable to locate invoice")) {
            return Optional.empty();
        }
        JsonNode root = parse(result, "GET " + path);
        return Optional.of(new LndInvoice(paymentHashHex, root.path("state").asText("OPEN"),
                longField(root, "value"), longField(root, "amt_paid_sat")));
    }

    /**
     * Pays a BOLT11 invoice and returns the first final update, or the last one when the stream ends first.
     *
     * @throws ProviderTimeoutException when LND does not respond in time, because the payment may still settle
     */
    public LndPaymentUpdate sendPayment(String paymentRequest, long feeLimitSat) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payment_request", paymentRequest);
        body.put("timeout_seconds", paymentTimeout.toSeconds());
        body.put("fee_limit_sat", Long.toString(feeLimitSat));
        try (Response response = http.newCall(request("POST", "/v2/router/send", body)).execute()) {
            if (!response.isSuccessful()) {
                throw failure("POST /v2/router/send", response.code(), response.body().string());
            }
            return lastUpdate(response.body().charStream());
        } catch (InterruptedIOException e) {
            throw new ProviderTimeoutException("LND POST /v2/router/send timed out", e);
        } catch (IOException e) {
            throw new LightningException("Cannot reach LND at " + restUrl + ": " + e.getMessage(), e);
        }
    }

    private LndPaymentUpdate lastUpdate(java.io.Reader stream) throws IOException {
        LndPaymentUpdate last = null;
        BufferedReader reader = new BufferedReader(stream);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode root = parse(new CallResult(200, line), "POST /v2/router/send");
            if (root.has("error")) {
                throw new LightningException("LND could not pay: " + root.path("error").path("message").asText());
            }
            JsonNode payment = root.path("result");
            last = new LndPaymentUpdate(payment.path("status").asText(""), payment.path("payment_hash").asText(null),
                    longField(payment, "fee_sat"), payment.path("failure_reason").asText(null));
            if ("SUCCEEDED".equals(last.status()) || "FAILED".equals(last.status())) {
                return last;
            }
        }
        if (last == null) {
            throw new LightningException("LND closed the payment stream without an update");
        }
        return last;
    }

    private CallResult call(String method, String path, Object body) {
        try (Response response = http.newCall(request(method, path, body)).execute()) {
            String text = response.body().string();
            log.debug("LND {} {} returned status {}", method, path, response.code());
            if (!response.isSuccessful() && response.code() != 404 && !text.contains("unable to locate invoice")) {
                throw failure(method + " " + path, response.code(), text);
            }
            return new CallResult(response.code(), text);
        } catch (InterruptedIOException e) {
            throw new ProviderTimeoutException("LND " + method + " " + path + " timed out", e);
        } catch (IOException e) {
            throw new LightningException("Cannot reach LND at " + restUrl + " for " + method + " " + path + ": "
                    + e.getMessage(), e);
        }
    }

    private Request request(String method, String path, Object body) {
        RequestBody requestBody = null;
        if (body != null) {
            try {
                requestBody = RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot write the LND request body as JSON", e);
            }
        }
        return new Request.Builder()
                .url(restUrl.resolve(path))
                .method(method, requestBody)
                .header("Grpc-Metadata-macaroon", macaroonHex)
                .build();
    }

    private JsonNode parse(CallResult result, String what) {
        try {
            JsonNode root = json.readTree(result.body());
            if (root == null || !root.isObject()) {
                throw new LightningException("LND returned a body that is not a JSON object for " + what);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new LightningException("LND returned malformed JSON for " + what, e);
        }
    }

    private LightningException failure(String what, int status, String text) {
        String message;
        try {
            message = json.readTree(text).path("message").asText("no message");
        } catch (JsonProcessingException e) {
            message = "body is not JSON";
        }
        log.warn("LND {} failed with status {}: {}", what, status, message);
        return new LightningException("LND " + what + " failed with status " + status + ": " + message);
    }

    private static long longField(JsonNode node, String field) {
        String value = node.path(field).asText("0");
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new LightningException("LND returned a " + field + " that is not a whole number: " + value, e);
        }
    }

    private static String base64ToHex(String base64) {
        try {
            return HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new LightningException("LND returned an r_hash that is not base64", e);
        }
    }

    private static String readMacaroonHex(Path path) {
        try {
            return HexFormat.of().formatHex(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the LND macaroon " + path, e);
        }
    }

    private record CallResult(int status, String body) {
    }
}
