package com.paylyt.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks real responses against the schemas the document declares for them. */
class OpenApiResponseSchemaTest {

    private static TestServer server;
    private static JsonNode document;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        document = server.client().get("/openapi.json").body();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void escrowResponsesMatchTheirSchemas() {
        Users.SignedIn client = Users.register(server.client(), "schema_client");
        Users.SignedIn freelancer = Users.register(server.client(), "schema_freelancer");
        ApiClient api = client.api();

        check("get", "/api/health", 200, server.client().get("/health"));
        check("get", "/api/auth/me", 200, api.get("/auth/me"));
        ApiClient.Response created = api.post("/jobs", Map.of(
                "title", "Logo design",
                "description", "A vector logo",
                "amount_fiat", "95.00",
                "fiat_currency", "USD",
                "amount_btc", "0.001",
                "deadline", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "milestones", List.of(Map.of("title", "All of it", "amount_btc", "0.001")),
                "freelancer", freelancer.username()));
        check("post", "/api/jobs", 201, created);
        String jobId = created.body().path("id").asText();
        check("post", "/api/jobs/{id}/invoice", 201, api.post("/jobs/" + jobId + "/invoice", null));
        check("get", "/api/jobs/{id}/status", 200, api.get("/jobs/" + jobId + "/status"));
        check("get", "/api/jobs", 200, api.get("/jobs"));
        check("get", "/api/wallet", 200, api.get("/wallet"));
        check("get", "/api/rates", 200, api.get("/rates"));
        check("post", "/api/jobs/{id}/cancel", 200, api.post("/jobs/" + jobId + "/cancel", null));
    }

    @Test
    void problemResponsesMatchProblemSchema() {
        ApiClient.Response unauthorized = server.client().get("/auth/me");
        ApiClient.Response invalid = server.client().post("/auth/register", Map.of("username", ""));

        check("get", "/api/auth/me", 401, unauthorized);
        check("post", "/api/auth/register", 400, invalid);
    }

    private static void check(String method, String path, int status, ApiClient.Response response) {
        assertThat(response.status()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        JsonNode declared = document.path("paths").path(path).path(method).path("responses")
                .path(String.valueOf(status));
        assertThat(declared.isMissingNode()).as("%s %s declares status %d", method, path, status).isFalse();
        JsonNode content = declared.path("content").elements().next();
        assertMatches(response.body(), content.path("schema"), method + " " + path);
    }

    /** Asserts that every property sent is declared and that every required property is sent. */
    private static void assertMatches(JsonNode value, JsonNode schema, String where) {
        JsonNode resolved = resolve(schema);
        if (value.isNull()) {
            return;
        }
        if (value.isArray()) {
            assertThat(resolved.path("type").asText()).as(where).isEqualTo("array");
            value.forEach(item -> assertMatches(item, resolved.path("items"), where + "[]"));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        assertThat(resolved.path("type").asText()).as(where).isEqualTo("object");
        for (JsonNode required : resolved.path("required")) {
            assertThat(value.has(required.asText())).as("%s sends %s", where, required.asText()).isTrue();
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = resolved.path("properties").path(field.getKey());
            if (property.isMissingNode()) {
                JsonNode additional = resolved.path("additionalProperties");
                assertThat(additional.isObject()).as("%s declares %s", where, field.getKey()).isTrue();
                property = additional;
            }
            assertMatches(field.getValue(), property, where + "." + field.getKey());
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        String reference = schema.path("$ref").asText("");
        if (reference.isEmpty()) {
            return schema;
        }
        String name = reference.substring("#/components/schemas/".length());
        return document.path("components").path("schemas").path(name);
    }
}
