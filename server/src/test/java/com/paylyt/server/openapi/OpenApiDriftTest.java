package com.paylyt.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.PaylytServer;
import com.paylyt.server.http.Routes;
import com.paylyt.server.support.TestServer;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps {@code /api/openapi.json} and the routes the server registers in step, in both directions. */
class OpenApiDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"");

    /** Values for path parameters, chosen so that the handler itself runs. */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "id", "no-such-job",
            "invoice_id", "no-such-invoice",
            "asset", "swagger-ui.css");

    private static TestServer server;
    private static JsonNode document;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start();
        HttpResponse<String> response = get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        document = JSON.readTree(response.body());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyRegisteredRouteIsDocumented() throws Exception {
        Set<String> registered = registeredRoutes(server.server());

        assertThat(registered).as("routes registered by the server").isNotEmpty();
        assertThat(documentedOperations()).containsAll(registered);
    }

    @Test
    void everyDocumentedOperationIsServed() throws Exception {
        for (String operation : documentedOperations()) {
            String[] parts = operation.split(" ", 2);
            HttpResponse<String> response = send(parts[0], concretePath(parts[1]));

            assertThat(response.statusCode()).as("%s returned %s", operation, response.body()).isNotEqualTo(405);
            if (response.statusCode() == 404) {
                // A handler's own 404 names the missing item, while the router's reports that no route matched.
                assertThat(JSON.readTree(response.body()).path("detail").asText())
                        .as("%s reached no route", operation)
                        .doesNotStartWith("No resource at");
            }
        }
    }

    @Test
    void documentMatchesRegisteredRoutesExactly() throws Exception {
        assertThat(documentedOperations()).isEqualTo(registeredRoutes(server.server()));
    }

    @Test
    void documentDeclaresVersionAndSecurity() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("info").path("version").asText()).isEqualTo(PaylytServer.version());
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("webhookSignature").path("name").asText()).isEqualTo("X-Bitnob-Signature");
        assertThat(schemes.path("webhookSignature").path("in").asText()).isEqualTo("header");
    }

    @Test
    void everySchemaReferenceResolves() {
        JsonNode schemas = document.path("components").path("schemas");
        Matcher matcher = REF.matcher(document.toString());
        int references = 0;
        while (matcher.find()) {
            references++;
            assertThat(schemas.has(matcher.group(1))).as("schema %s", matcher.group(1)).isTrue();
        }
        assertThat(references).isGreaterThan(20);
    }

    @Test
    void protectedOperationsRequireBearerToken() {
        JsonNode me = document.path("paths").path("/api/auth/me").path("get");
        JsonNode health = document.path("paths").path("/api/health").path("get");
        JsonNode webhook = document.path("paths").path("/api/webhooks/bitnob").path("post");

        assertThat(me.path("security").get(0).has("bearerAuth")).isTrue();
        assertThat(me.path("responses").has("401")).isTrue();
        assertThat(health.path("security")).isEmpty();
        assertThat(webhook.path("security").get(0).has("webhookSignature")).isTrue();
    }

    @Test
    void errorsReferenceProblemDocument() {
        JsonNode created = document.path("paths").path("/api/jobs").path("post").path("responses");

        assertThat(created.path("400").path("content").path("application/problem+json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(created.path("201").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/JobView");
        JsonNode codes = document.path("components").path("schemas").path("Problem").path("properties")
                .path("code").path("enum");
        assertThat(codes.toString()).contains("\"validation_failed\"", "\"invalid_state\"");
    }

    @Test
    void schemasUseWireNames() {
        JsonNode jobView = document.path("components").path("schemas").path("JobView");

        assertThat(jobView.path("properties").has("amount_sats")).isTrue();
        assertThat(jobView.path("properties").has("amountSats")).isFalse();
        assertThat(jobView.path("required").toString()).contains("\"amount_sats\"");
        JsonNode status = document.path("components").path("schemas").path("JobStatusView")
                .path("properties").path("status").path("enum");
        assertThat(status.toString()).contains("\"awaiting_funding\"");
    }

    @Test
    void swaggerUiPageLoadsItsAssets() throws Exception {
        HttpResponse<String> page = get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Matcher assets = Pattern.compile("(?:src|href)=\"(/api/docs/[^\"]+)\"").matcher(page.body());
        int loaded = 0;
        while (assets.find()) {
            HttpResponse<String> asset = get(assets.group(1));
            assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.body()).as(assets.group(1)).isNotEmpty();
            loaded++;
        }
        assertThat(loaded).isGreaterThanOrEqualTo(5);
        assertThat(get("/api/docs/swagger-initializer.js").body()).contains("/api/openapi.json");
    }

    @Test
    void unknownDocsAssetIsNotFound() throws Exception {
        assertThat(get("/api/docs/..%2Fpom.xml").statusCode()).isEqualTo(404);
        assertThat(get("/api/docs/swagger-ui.js").statusCode()).isEqualTo(404);
    }

    /** Returns "METHOD path" for every HTTP route of the server's router, such as {@code get /api/health}. */
    static Set<String> registeredRoutes(PaylytServer paylyt) throws ReflectiveOperationException {
        // PaylytServer keeps its Javalin private; the router is the only complete list of what it serves.
        Field field = PaylytServer.class.getDeclaredField("javalin");
        field.setAccessible(true);
        Javalin javalin = (Javalin) field.get(paylyt);
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : javalin.unsafe.internalRouter.allHttpHandlers()) {
            String method = parsed.endpoint.method.name().toLowerCase(java.util.Locale.ROOT);
            if (HTTP_METHODS.contains(method)) {
                routes.add(method + " " + parsed.endpoint.path);
            }
        }
        return routes;
    }

    private static Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertThat(path.getKey()).startsWith(Routes.BASE_PATH + "/");
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method + " " + path.getKey()));
        }
        return operations;
    }

    private static String concretePath(String template) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = PATH_VALUES.get(parameter.group(1));
            assertThat(value).as("a test value for path parameter %s", parameter.group(1)).isNotNull();
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static String root() {
        return server.baseUrl().substring(0, server.baseUrl().length() - Routes.BASE_PATH.length());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("get", path);
    }

    private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
