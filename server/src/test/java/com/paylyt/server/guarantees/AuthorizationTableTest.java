package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint called by every role: the job's client, its freelancer, a signed-in stranger and an anonymous
 * caller. Each cell gets a fresh job in the status the endpoint needs, so a 2xx proves the role is allowed and
 * a 401, 403 or 404 proves it is not.
 */
class AuthorizationTableTest {

    /** A status that only shows the role got past authorization: anything but 401, 403 and 404. */
    private static final int ALLOWED = 0;
    private static final int OK = 200;

    private enum Role { CLIENT, FREELANCER, STRANGER, ANONYMOUS }

    /**
     * One row of the table.
     *
     * @param job the status of the job the request acts on, "open" for a job without freelancer, or null
     * @param expected the expected status for client, freelancer, stranger and anonymous, in that order
     */
    private record Row(String method, String path, String job, String body, int... expected) {
    }

    private static final String CONVERT = "{\"amount_btc\":\"0.0001\",\"target_currency\":\"USD\"}";
    private static final String WITHDRAW = "{\"amount_fiat\":\"1.00\",\"currency\":\"USD\"}";

    private static final List<Row> TABLE = List.of(
            new Row("GET", "/health", null, null, OK, OK, OK, OK),
            new Row("GET", "/openapi.json", null, null, OK, OK, OK, OK),
            new Row("GET", "/docs", null, null, OK, OK, OK, OK),
            new Row("GET", "/docs/{asset}", null, null, OK, OK, OK, OK),
            new Row("POST", "/auth/register", null, "register", 201, 201, 201, 201),
            new Row("POST", "/auth/login", null, "login", OK, OK, OK, 401),
            new Row("GET", "/auth/me", null, null, OK, OK, OK, 401),
            new Row("POST", "/auth/logout", null, null, 204, 204, 204, 401),
            new Row("POST", "/auth/password", null, "password", OK, OK, OK, 401),
            new Row("POST", "/jobs", null, "job", 201, 201, 201, 401),
            new Row("GET", "/jobs", null, null, OK, OK, OK, 401),
            new Row("GET", "/jobs/open", null, null, OK, OK, OK, 401),
            new Row("GET", "/jobs/{id}", "awaiting_funding", null, OK, OK, 404, 401),
            new Row("GET", "/jobs/{id}", "open", null, OK, OK, OK, 401),
            new Row("GET", "/jobs/{id}/status", "awaiting_funding", null, OK, OK, 404, 401),
            new Row("POST", "/jobs/{id}/accept", "open", null, 403, OK, OK, 401),
            // Accepting a taken job is a conflict for anyone, so a user who lost the race learns why.
            new Row("POST", "/jobs/{id}/accept", "awaiting_funding", null, 403, 409, 409, 401),
            new Row("POST", "/jobs/{id}/invoice", "awaiting_funding", null, 201, 403, 404, 401),
            new Row("POST", "/jobs/{id}/complete", "funded", null, 403, OK, 404, 401),
            new Row("POST", "/jobs/{id}/approve", "submitted", null, OK, 403, 404, 401),
            new Row("POST", "/jobs/{id}/release", "approved", null, OK, 403, 404, 401),
            new Row("POST", "/jobs/{id}/cancel", "awaiting_funding", null, OK, 403, 404, 401),
            new Row("GET", "/wallet", null, null, OK, OK, OK, 401),
            new Row("POST", "/wallet/convert", null, CONVERT, ALLOWED, ALLOWED, ALLOWED, 401),
            new Row("POST", "/wallet/convert/preview", null, CONVERT, OK, OK, OK, 401),
            new Row("POST", "/wallet/withdraw", null, WITHDRAW, ALLOWED, ALLOWED, ALLOWED, 401),
            new Row("GET", "/rates", null, null, OK, OK, OK, 401),
            // A bearer token never replaces the webhook signature.
            new Row("POST", "/webhooks/bitnob", "awaiting_funding", "webhook", 401, 401, 401, 401),
            // The simulator plays an outside wallet, so it is open to anyone while it is enabled.
            new Row("POST", "/simulator/invoices/{invoice_id}/pay", "awaiting_funding", null, OK, OK, OK, OK));

    private static TestServer server;
    private static Users.SignedIn sharedClient;
    private static Users.SignedIn sharedFreelancer;
    private static Users.SignedIn sharedStranger;
    private static int userCounter;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    private static synchronized Users.SignedIn client() {
        if (sharedClient == null) {
            sharedClient = Users.register(server.client(), "client");
        }
        return sharedClient;
    }

    private static synchronized Users.SignedIn freelancer() {
        if (sharedFreelancer == null) {
            sharedFreelancer = Users.register(server.client(), "freelancer");
        }
        return sharedFreelancer;
    }

    private static synchronized Users.SignedIn stranger() {
        if (sharedStranger == null) {
            sharedStranger = Users.register(server.client(), "stranger");
        }
        return sharedStranger;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void tableCoversEveryRoute() throws ReflectiveOperationException {
        Field field = server.server().getClass().getDeclaredField("javalin");
        field.setAccessible(true);
        Javalin javalin = (Javalin) field.get(server.server());
        Set<HandlerType> methods = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE);
        Set<String> registered = javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> methods.contains(endpoint.method))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tabled = TABLE.stream()
                .map(row -> row.method() + " /api" + row.path())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(tabled).isEqualTo(registered);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpoint() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : TABLE) {
            for (Role role : Role.values()) {
                int expected = row.expected()[role.ordinal()];
                String name = row.method() + " " + row.path() + (row.job() == null ? "" : " [" + row.job() + "]")
                        + " as " + role.name().toLowerCase() + " -> " + (expected == ALLOWED ? "allowed" : expected);
                cells.add(DynamicTest.dynamicTest(name, () -> checkCell(row, role, expected)));
            }
        }
        return cells.stream();
    }

    private static void checkCell(Row row, Role role, int expected) {
        Users.SignedIn client = client();
        Users.SignedIn freelancer = freelancer();
        Users.SignedIn stranger = stranger();
        String path = row.path().replace("{asset}", "swagger-ui.css");
        if (row.job() != null) {
            String jobId = row.job().equals("open")
                    ? Escrow.createJob(client, null)
                    : Escrow.jobIn(server, client, freelancer, row.job());
            path = path.replace("{id}", jobId);
            if (path.contains("{invoice_id}") || "webhook".equals(row.body())) {
                String invoiceId = Escrow.invoice(client, jobId);
                path = path.replace("{invoice_id}", invoiceId);
                row = new Row(row.method(), row.path(), row.job(), Escrow.paidWebhook(invoiceId, Escrow.JOB_SATS),
                        row.expected());
            }
        }
        Users.SignedIn caller = switch (role) {
            case CLIENT -> client;
            case FREELANCER -> freelancer;
            case STRANGER -> stranger;
            case ANONYMOUS -> null;
        };
        if (caller != null && (row.path().equals("/auth/logout") || row.path().equals("/auth/password"))) {
            // These revoke the caller's tokens, so the cell signs in a user of its own.
            caller = Users.register(server.client(), role.name().toLowerCase());
        }
        ApiClient api = caller == null ? server.client() : caller.api();

        ApiClient.Response response = row.method().equals("GET")
                ? api.get(path)
                : api.postRaw(path, body(row.body(), caller), Map.of("Content-Type", "application/json"));

        if (expected == ALLOWED) {
            assertThat(response.status()).as(response.body().toString()).isNotIn(401, 403, 404).isLessThan(500);
        } else if (expected == OK) {
            assertThat(response.status()).as(response.body().toString()).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
        }
    }

    private static String body(String kind, Users.SignedIn caller) {
        if (kind == null) {
            return "";
        }
        String unique = "table_user_" + (++userCounter) + "_" + System.nanoTime();
        return switch (kind) {
            case "register" -> ApiClient.toJson(Map.of("username", unique.substring(0, 24), "email",
                    unique + "@example.com", "password", "long enough password"));
            case "login" -> ApiClient.toJson(caller == null
                    ? Map.of("email", unique + "@example.com", "password", "long enough password")
                    : Map.of("email", caller.email(), "password", caller.password()));
            case "password" -> ApiClient.toJson(Map.of("current_password",
                    caller == null ? "whatever password" : caller.password(), "new_password", "a new passphrase"));
            case "job" -> ApiClient.toJson(Escrow.jobRequest(null));
            default -> kind;
        };
    }
}
