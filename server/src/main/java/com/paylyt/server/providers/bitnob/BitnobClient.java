package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.lightning.LightningException;
import com.paylyt.server.providers.ProviderTimeoutException;
import com.paylyt.server.providers.RetryAfter;
import com.paylyt.server.providers.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed JSON requests to Bitnob's API.
 *
 * <p>Every request carries {@code X-Auth-Client}, {@code X-Auth-Timestamp}, {@code X-Auth-Nonce} and
 * {@code X-Auth-Signature} (see {@link BitnobSigner}). A 429 is retried up to {@code maxRetries} times after the
 * delay of its {@code Retry-After} header, capped at {@code maxRetryDelay}. Other error statuses raise
 * {@link BitnobApiException}, timeouts raise {@link ProviderTimeoutException}, and a body that is not JSON
 * raises {@link LightningException}. Bodies are never logged because they contain beneficiary details.
 */
public final class BitnobClient {

    private static final Logger log = LoggerFactory.getLogger(BitnobClient.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BitnobSettings settings;
    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final BitnobSigner signer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Supplier<String> nonces = BitnobClient::newNonce;
    private final ObjectMapper json = new ObjectMapper();

    /** Creates a client with the system clock that sleeps between retries. */
    public BitnobClient(BitnobSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Creates a client with an explicit clock for timestamps and a sleeper for retry delays. */
    public BitnobClient(BitnobSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.baseUrl = parseBaseUrl(settings.baseUrl());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.signer = new BitnobSigner(settings.clientSecret());
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Sends a signed GET and returns the whole JSON response. */
    public JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, "");
    }

    /** Sends a signed POST of {@code body} as JSON (no body when null) and returns the whole JSON response. */
    public JsonNode post(String path, Object body) {
        return send("POST", path, body == null ? "" : toJson(body));
    }

    /** Returns the shared Jackson mapper, for callers that turn response nodes into values. */
    ObjectMapper json() {
        return json;
    }

    private JsonNode send(String method, String pathAndQuery, String body) {
        for (int attempt = 0; ; attempt++) {
            try (Response response = http.newCall(request(method, pathAndQuery, body)).execute()) {
                String text = response.body().string();
                log.debug("Bitnob {} {} returned status {}", method, pathAndQuery, response.code());
                if (response.isSuccessful()) {
                    return parse(method, pathAndQuery, text);
                }
                if (response.code() != 429 || attempt >= settings.maxRetries()) {
                    throw error(method, pathAndQuery, response.code(), text);
                }
                waitBeforeRetry(method, pathAndQuery, attempt, response.header("Retry-After"));
            } catch (InterruptedIOException e) {
                throw new ProviderTimeoutException("Bitnob " + method + " " + pathAndQuery + " timed out", e);
            } catch (IOException e) {
                throw new LightningException("Cannot reach Bitnob for " + method + " " + pathAndQuery + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private Request request(String method, String pathAndQuery, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonces.get();
        RequestBody requestBody = null;
        if ("POST".equals(method)) {
            requestBody = body.isEmpty()
                    ? RequestBody.create(new byte[0], null)
                    : RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON);
        }
        return new Request.Builder()
                .url(resolve(pathAndQuery))
                .method(method, requestBody)
                .header("Accept", "application/json")
                .header("X-Auth-Client", settings.clientId())
                .header("X-Auth-Timestamp", timestamp)
                .header("X-Auth-Nonce", nonce)
                .header("X-Auth-Signature", signer.sign(settings.clientId(), timestamp, nonce, body))
                .build();
    }

    private void waitBeforeRetry(String method, String pathAndQuery, int attempt, String retryAfter) {
        Duration backoff = FIRST_RETRY_DELAY.multipliedBy(1L << Math.min(attempt, 10));
        Duration delay = RetryAfter.parse(retryAfter, clock).orElse(backoff);
        if (delay.compareTo(settings.maxRetryDelay()) > 0) {
            delay = settings.maxRetryDelay();
        }
        log.info("Bitnob rate-limited {} {}; retry {} of {} in {} ms", method, pathAndQuery, attempt + 1,
                settings.maxRetries(), delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LightningException("Interrupted while waiting to retry Bitnob " + method + " " + pathAndQuery, e);
        }
    }

    private JsonNode parse(String method, String pathAndQuery, String text) {
        try {
            JsonNode root = json.readTree(text);
            if (root == null || !root.isObject()) {
                throw new LightningException("Bitnob returned a body that is not a JSON object for " + method + " "
                        + pathAndQuery);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new LightningException("Bitnob returned malformed JSON for " + method + " " + pathAndQuery, e);
        }
    }

    private BitnobApiException error(String method, String pathAndQuery, int status, String text) {
        String detail = errorMessage(text);
        log.warn("Bitnob {} {} failed with status {}: {}", method, pathAndQuery, status, detail);
        return new BitnobApiException(status, "Bitnob " + method + " " + pathAndQuery + " failed with status "
                + status + ": " + detail);
    }

    /** Returns the {@code message} or {@code error} of an error body, in either shape Bitnob uses. */
    private String errorMessage(String text) {
        try {
            JsonNode root = json.readTree(text);
            JsonNode error = root.path("error");
            if (error.isObject()) {
                return error.path("message").asText("no message");
            }
            if (error.isTextual()) {
                return error.asText();
            }
            return root.path("message").asText("no message");
        } catch (JsonProcessingException | RuntimeException e) {
            return "body is not JSON";
        }
    }

    private HttpUrl resolve(String pathAndQuery) {
        HttpUrl url = baseUrl.resolve(pathAndQuery);
        if (url == null) {
            throw new IllegalArgumentException("Invalid Bitnob path: " + pathAndQuery);
        }
        return url;
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the Bitnob request body as JSON", e);
        }
    }

    private static HttpUrl parseBaseUrl(String value) {
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw new IllegalStateException("Invalid BITNOB_BASE_URL: '" + value + "'; use a URL such as "
                    + BitnobSettings.DEFAULT_BASE_URL);
        }
        return url;
    }

    /** Returns 16 random bytes in hex, the nonce format of Bitnob's official client. */
    private static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
