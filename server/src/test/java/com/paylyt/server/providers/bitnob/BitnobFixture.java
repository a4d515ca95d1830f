package com.paylyt.server.providers.bitnob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer on loopback standing in for Bitnob, with a fixed clock and a sleeper that only records. */
final class BitnobFixture implements AutoCloseable {

    static final String CLIENT_ID = "client-test";
    static final String CLIENT_SECRET = "secret-test";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final MockWebServer server = new MockWebServer();
    final List<Duration> sleeps = new ArrayList<>();
    final Clock clock;
    final BitnobSettings settings;
    final BitnobClient client;

    BitnobFixture() throws IOException {
        this(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));
    }

    BitnobFixture(Clock clock, Duration readTimeout) throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        this.clock = clock;
        this.settings = new BitnobSettings("http://127.0.0.1:" + server.getPort() + "/", CLIENT_ID, CLIENT_SECRET, "hook-secret",
                "customer-1", Duration.ofSeconds(2), readTimeout, 2, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofMinutes(5), List.of(Currency.getInstance("USD"), Currency.getInstance("NGN")), "NG",
                Duration.ofSeconds(5), Duration.ofSeconds(20));
        this.client = new BitnobClient(settings, clock, sleeps::add);
    }

    void enqueueJson(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    /** Takes the next request and checks its signing headers by recomputing the HMAC independently. */
    RecordedRequest takeSigned() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(request).as("request sent to the mock Bitnob").isNotNull();
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String timestamp = request.getHeaders().get("X-Auth-Timestamp");
        String nonce = request.getHeaders().get("X-Auth-Nonce");
        assertThat(request.getHeaders().get("X-Auth-Client")).isEqualTo(CLIENT_ID);
        assertThat(Long.parseLong(timestamp)).as("X-Auth-Timestamp in Unix seconds")
                .isBetween(NOW.getEpochSecond(), clock.instant().getEpochSecond());
        assertThat(nonce).matches("[0-9a-f]{32}");
        assertThat(request.getHeaders().get("X-Auth-Signature"))
                .isEqualTo(hmacSha256Hex(CLIENT_SECRET, CLIENT_ID + ":" + timestamp + ":" + nonce + ":" + body));
        return request;
    }

    static String bodyOf(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    }

    static String hmacSha256Hex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
