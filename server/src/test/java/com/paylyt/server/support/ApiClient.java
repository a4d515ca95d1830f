package com.paylyt.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.webhooks.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP calls to a test server, with JSON parsed into trees so tests check the wire format itself. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Returns a client of a server that this JVM did not start, such as a child process. */
    public static ApiClient forBaseUrl(String baseUrl) {
        return new ApiClient(baseUrl);
    }

    /** A response: status, headers and the body parsed as JSON (a missing node for an empty body). */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    public ApiClient withToken(String newToken) {
        ApiClient copy = new ApiClient(baseUrl);
        copy.token = newToken;
        return copy;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body) {
        return postRaw(path, body == null ? "" : toJson(body), Map.of("Content-Type", "application/json"));
    }

    public Response postRaw(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Sends a payment webhook signed with the given secret. */
    public Response webhook(String body, String secret) {
        String signature = new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8))
                .sign(body.getBytes(StandardCharsets.UTF_8));
        return postRaw("/webhooks/bitnob", body, Map.of("Content-Type", "application/json",
                "X-Bitnob-Signature", signature));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : parse(response);
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses a JSON body; any other body, such as the Swagger UI page, becomes a text node. */
    private static JsonNode parse(HttpResponse<String> response) throws IOException {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.isEmpty() && !contentType.contains("json")) {
            return JSON.getNodeFactory().textNode(response.body());
        }
        return JSON.readTree(response.body());
    }

    public static String toJson(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
