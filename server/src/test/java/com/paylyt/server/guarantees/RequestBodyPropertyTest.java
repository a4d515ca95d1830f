package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random request bodies built from the API's own field names: never a 500, and a 4xx changes nothing. */
class RequestBodyPropertyTest {

    private static final List<String> FIELDS = List.of("title", "description", "amount_fiat", "fiat_currency",
            "amount_btc", "deadline", "milestones", "freelancer", "target_currency", "currency", "destination",
            "note", "deliverable_url", "email", "password", "username", "invoice_id", "status", "amount_sats",
            "x");
    private static final List<String> PATHS = List.of("/jobs", "/wallet/convert", "/wallet/convert/preview",
            "/wallet/withdraw", "/jobs/{id}/complete", "/auth/password");

    private static TestServer server;
    private static Users.SignedIn user;
    private static String jobId;

    @BeforeContainer
    static void startServer() {
        server = TestServer.start();
        user = Users.register(server.client(), "fuzzed");
        Escrow.creditWallet(server, user, 50_000);
        jobId = Escrow.createJob(user, null);
    }

    @AfterContainer
    static void stopServer() {
        server.close();
        server = null;
    }

    @Property(tries = 300)
    void anyBodyGetsAnAnswerBelow500(@ForAll("paths") String path, @ForAll("bodies") String body) {
        String before = user.api().get("/wallet").body().toString() + user.api().get("/jobs").body();

        ApiClient.Response response = user.api().postRaw(path.replace("{id}", jobId), body,
                Map.of("Content-Type", "application/json"));

        assertThat(response.status()).as("%s %s -> %s", path, body, response.raw().body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            String after = user.api().get("/wallet").body().toString() + user.api().get("/jobs").body();
            assertThat(after).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(object(2), Arbitraries.strings().ofMaxLength(40), value(0));
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> member = Arbitraries.of(FIELDS).flatMap(name -> value(depth)
                .map(value -> quote(name) + ":" + value));
        return member.list().ofMaxSize(6).map(members -> "{" + String.join(",", members) + "}");
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(30).map(RequestBodyPropertyTest::quote),
                Arbitraries.of("0", "-1", "1e400", "0.000000001", "21000000.00000001", "92233720368547758080",
                        "1.5", "true", "false", "null", "\"0.001\"", "\"95.00\"", "\"USD\"", "\"usd\"",
                        "\"2031-01-01T00:00:00Z\"", "\"2031-01-01T00:00:00\"", "\"' OR 1=1 --\""),
                Arbitraries.bigDecimals().map(Object::toString),
                Arbitraries.longs().map(Object::toString));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(depth - 1))),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3)
                        .map(items -> "[" + String.join(",", items) + "]")));
    }

    private static String quote(String text) {
        return ApiClient.toJson(text instanceof String ? com.fasterxml.jackson.databind.node.TextNode.valueOf(text)
                : text);
    }
}
