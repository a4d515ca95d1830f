package com.paylyt.server.lightning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.money.Satoshis;
import com.paylyt.server.http.ApiProblem;
import com.paylyt.server.webhooks.WebhookSignature;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boots Javalin on loopback with the simulator route and a webhook endpoint that checks signatures. */
class SimulatorControllerTest {

    private static final WebhookSignature SIGNATURE =
            new WebhookSignature("controller test secret".getBytes(StandardCharsets.UTF_8));

    private final ObjectMapper json = new ObjectMapper();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SimulatedLightningProvider provider =
            new SimulatedLightningProvider(NodeKey.fromPrivateKey(Bolt11Examples.PRIVATE_KEY), clock);
    private final List<JsonNode> webhooks = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void startServer() {
        SimulatedPayer payer = new SimulatedPayer(() -> "http://127.0.0.1:" + app.port() + "/api", provider, SIGNATURE);
        SimulatorController controller = new SimulatorController(payer, json);
        app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.post("/api/simulator/invoices/{invoice_id}/pay", controller::pay);
            config.routes.post("/api/webhooks/bitnob", ctx -> {
                boolean valid = SIGNATURE.verify(ctx.bodyAsBytes(), ctx.header("X-Bitnob-Signature"));
                webhooks.add(json.readTree(ctx.bodyAsBytes()));
                ctx.status(valid ? 200 : 401);
            });
            config.routes.exception(ApiProblem.class, (problem, ctx) -> ctx.status(problem.code().status())
                    .result(problem.code().code() + ": " + problem.getMessage()));
        }).start();
        provider.createInvoice(new InvoiceRequest("inv-1", Satoshis.of(25_000), "Logo", Duration.ofMinutes(10)));
    }

    @AfterEach
    void stopServer() {
        app.stop();
    }

    @Test
    void payWithoutBodyPaysInvoiceAmount() throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "");

        JsonNode result = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(result.get("invoice_id").asText()).isEqualTo("inv-1");
        assertThat(result.get("status").asText()).isEqualTo("paid");
        assertThat(result.get("amount_sats").longValue()).isEqualTo(25_000L);
        assertThat(result.get("webhook_status").intValue()).isEqualTo(200);
        assertThat(webhooks).hasSize(1);
        assertThat(webhooks.get(0).get("amount_sats").longValue()).isEqualTo(25_000L);
    }

    @Test
    void payWithAmountSimulatesOverpayment() throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "{\"amount_sats\": 30000}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("amount_sats").longValue()).isEqualTo(30_000L);
        assertThat(webhooks.get(0).get("amount_sats").longValue()).isEqualTo(30_000L);
    }

    @Test
    void payWithNullAmountPaysInvoiceAmount() throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "{\"amount_sats\": null}");

        assertThat(json.readTree(response.body()).get("amount_sats").longValue()).isEqualTo(25_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1.5", "\"100\"", "true", "2100000000000000001", "99999999999999999999"})
    void invalidAmountIsRejected(String amount) throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "{\"amount_sats\": " + amount + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("validation_failed: amount_sats: must");
        assertThat(webhooks).isEmpty();
    }

    @Test
    void malformedBodyIsRejected() throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "{amount_sats");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("malformed_json:");
    }

    @Test
    void unknownInvoiceIsNotFound() throws Exception {
        HttpResponse<String> response = post("/api/simulator/invoices/nope/pay", "");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void expiredInvoiceIsConflict() throws Exception {
        clock.advance(Duration.ofMinutes(11));

        HttpResponse<String> response = post("/api/simulator/invoices/inv-1/pay", "");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("expired at 2026-03-01T10:10:00Z; request a new one");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
