package com.paylyt.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestValidationTest {

    private static TestServer server;
    private static Users.SignedIn client;
    private static Users.SignedIn freelancer;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        client = Users.register(server.client(), "client");
        freelancer = Users.register(server.client(), "freelancer");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asText()).isEqualTo(code);
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("title").asText()).isNotBlank();
        assertThat(response.body().get("detail").asText()).isNotBlank();
        assertThat(response.body().get("type").asText()).isNotBlank();
    }

    private static void assertFieldError(ApiClient.Response response, String field) {
        assertProblem(response, 400, "validation_failed");
        assertThat(response.body().get("errors").findValuesAsText("field")).contains(field);
    }

    static Stream<Arguments> invalidJobFields() {
        return Stream.of(
                Arguments.of("amount_btc", "0.000000001"),
                Arguments.of("amount_btc", "0"),
                Arguments.of("amount_btc", "-0.5"),
                Arguments.of("amount_btc", "21000000.00000001"),
                Arguments.of("amount_btc", "lots"),
                Arguments.of("amount_btc", true),
                Arguments.of("amount_fiat", "-3"),
                Arguments.of("amount_fiat", "0.001"),
                Arguments.of("fiat_currency", "XYZ"),
                Arguments.of("fiat_currency", "dollars"),
                Arguments.of("deadline", "2030-01-01T10:00:00"),
                Arguments.of("deadline", "2020-01-01T10:00:00Z"),
                Arguments.of("deadline", "next friday"),
                Arguments.of("title", ""),
                Arguments.of("title", 42),
                Arguments.of("title", "Invoice \u202Efdp.exe"),
                Arguments.of("description", "   "),
                Arguments.of("freelancer", "nobody_by_that_name"),
                Arguments.of("milestones", new Object[] {Map.of("title", "Only half", "amount_btc", "0.0005")}),
                Arguments.of("surprise", "extra field"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidJobFields")
    void createJobNamesTheInvalidField(String field, Object value) {
        Map<String, Object> job = new HashMap<>(EscrowFlowTest.jobFor(null));
        job.put(field, value);
        int jobsBefore = client.api().get("/jobs").body().get("jobs").size();

        ApiClient.Response response = client.api().post("/jobs", job);

        assertFieldError(response, field);
        assertThat(client.api().get("/jobs").body().get("jobs")).hasSize(jobsBefore);
    }

    @Test
    void createJobNamesEveryMissingField() {
        ApiClient.Response response = client.api().post("/jobs", Map.of());

        assertFieldError(response, "title");
        assertThat(response.body().get("errors").findValuesAsText("field"))
                .contains("title", "description", "amount_fiat", "amount_btc", "deadline");
    }

    @Test
    void clientCannotNameThemselvesFreelancer() {
        assertFieldError(client.api().post("/jobs", EscrowFlowTest.jobFor(client.username())), "freelancer");
    }

    @Test
    void malformedJsonIsRejected() {
        ApiClient.Response response = client.api().postRaw("/jobs", "{\"title\": ",
                Map.of("Content-Type", "application/json"));
        assertProblem(response, 400, "malformed_json");
    }

    @Test
    void deeplyNestedJsonIsRejected() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        assertThat(client.api().postRaw("/jobs", nested, Map.of("Content-Type", "application/json")).status())
                .isEqualTo(400);
    }

    @Test
    void hugeBodyIsRejected() {
        String huge = "{\"title\":\"" + "x".repeat(200_000) + "\"}";
        assertProblem(client.api().postRaw("/jobs", huge, Map.of("Content-Type", "application/json")), 413,
                "payload_too_large");
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                Arguments.of("username", "ab"),
                Arguments.of("username", "has space"),
                Arguments.of("username", "x".repeat(33)),
                Arguments.of("email", "not-an-email"),
                Arguments.of("password", "short"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidRegistrations")
    void registerNamesTheInvalidField(String field, String value) {
        Map<String, Object> body = new HashMap<>(Map.of("username", "valid_name", "email", "valid@example.com",
                "password", "long enough password"));
        body.put(field, value);
        assertFieldError(server.client().post("/auth/register", body), field);
    }

    @Test
    void registerRejectsTakenUsernameAndEmailCaseInsensitively() {
        ApiClient.Response byName = server.client().post("/auth/register", Map.of("username",
                client.username().toUpperCase(), "email", "other@example.com", "password", "long enough password"));
        ApiClient.Response byEmail = server.client().post("/auth/register", Map.of("username", "someone_else",
                "email", client.email().toUpperCase(), "password", "long enough password"));

        assertProblem(byName, 409, "conflict");
        assertThat(byName.body().get("errors").findValuesAsText("field")).containsExactly("username");
        assertProblem(byEmail, 409, "conflict");
        assertThat(byEmail.body().get("errors").findValuesAsText("field")).containsExactly("email");
    }

    @Test
    void registerNeverReturnsThePassword() {
        ApiClient.Response response = server.client().post("/auth/register", Map.of("username", "secretive",
                "email", "secretive@example.com", "password", "long enough password"));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.raw().body()).doesNotContain("password").doesNotContain("argon2");
        assertThat(response.body().get("created_at").asText()).endsWith("Z");
    }

    @Test
    void loginHidesWhetherEmailExists() {
        ApiClient.Response unknown = server.client().post("/auth/login",
                Map.of("email", "nobody@example.com", "password", "whatever password"));
        ApiClient.Response wrong = server.client().post("/auth/login",
                Map.of("email", client.email(), "password", "wrong password"));

        assertProblem(unknown, 401, "invalid_credentials");
        assertProblem(wrong, 401, "invalid_credentials");
        assertThat(unknown.body().get("detail")).isEqualTo(wrong.body().get("detail"));
    }

    @Test
    void missingTamperedAndUnsignedTokensGet401() {
        String token = client.api().post("/auth/login", Map.of("email", client.email(), "password",
                client.password())).body().get("token").asText();
        String[] parts = token.split("\\.");
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(server.client().get("/auth/me"), 401, "unauthorized");
        assertProblem(server.client().withToken(unsigned).get("/auth/me"), 401, "unauthorized");
        assertProblem(server.client().withToken(tampered).get("/auth/me"), 401, "unauthorized");
        assertProblem(server.client().withToken("garbage").get("/jobs"), 401, "unauthorized");
    }

    @Test
    void logoutRevokesTheToken() {
        Users.SignedIn user = Users.register(server.client(), "leaver");
        assertThat(user.api().get("/auth/me").status()).isEqualTo(200);

        assertThat(user.api().post("/auth/logout", null).status()).isEqualTo(204);

        assertProblem(user.api().get("/auth/me"), 401, "unauthorized");
    }

    @Test
    void unknownRouteAnswersProblem() {
        assertProblem(client.api().get("/no/such/thing"), 404, "not_found");
    }

    @Test
    void webhookWithoutValidSignatureChangesNothing() {
        String jobId = client.api().post("/jobs", EscrowFlowTest.jobFor(null)).body().get("id").asText();
        String invoiceId = client.api().post("/jobs/" + jobId + "/invoice", null).body().get("invoice_id").asText();
        String body = "{\"invoice_id\":\"" + invoiceId + "\",\"status\":\"paid\"}";

        assertProblem(server.client().webhook(body, "wrong secret"), 401, "invalid_signature");
        assertProblem(server.client().postRaw("/webhooks/bitnob", body, Map.of()), 401, "invalid_signature");
        assertThat(client.api().get("/jobs/" + jobId).body().get("status").asText()).isEqualTo("awaiting_funding");
    }

    @Test
    void webhookRejectsMalformedBodiesUnknownInvoicesAndStatuses() {
        assertProblem(server.client().webhook("{not json", TestServer.WEBHOOK_SECRET), 400, "malformed_json");
        assertFieldError(server.client().webhook("{\"invoice_id\":\"nope\",\"status\":\"paid\"}",
                TestServer.WEBHOOK_SECRET), "invoice_id");
        assertFieldError(server.client().webhook("{\"invoice_id\":\"x\",\"status\":\"settled-ish\"}",
                TestServer.WEBHOOK_SECRET), "status");
    }

    @Test
    void convertAndWithdrawRefuseMoreThanTheBalance() {
        ApiClient.Response convert = freelancer.api().post("/wallet/convert",
                Map.of("amount_btc", "0.5", "target_currency", "USD"));
        ApiClient.Response withdraw = freelancer.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "10.00", "currency", "USD"));

        assertProblem(convert, 400, "insufficient_funds");
        assertProblem(withdraw, 400, "insufficient_funds");
    }

    @Test
    void convertRejectsUnsupportedCurrencyAndBadAmounts() {
        assertFieldError(freelancer.api().post("/wallet/convert",
                Map.of("amount_btc", "0.001", "target_currency", "XAU")), "target_currency");
        assertFieldError(freelancer.api().post("/wallet/convert",
                Map.of("amount_btc", "0.123456789", "target_currency", "USD")), "amount_btc");
        assertFieldError(freelancer.api().post("/wallet/withdraw",
                Map.of("amount_fiat", "-1", "currency", "USD")), "amount_fiat");
    }
}
