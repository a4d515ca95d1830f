package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random request bodies built from the API's own field names: never a 500, and a 4xx changes nothing. */
class RequestBodyPropertyTest {

    private static final int CASES = 300;
    private static final List<String> PATHS = List.of("/jobs", "/wallet/convert", "/wallet/convert/preview",
            "/wallet/withdraw", "/jobs/{id}/complete", "/auth/password");

    private static TestServer server;
    private static Users.SignedIn user;
    private static String jobId;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        user = Users.register(server.client(), "fuzzed");
        Escrow.creditWallet(server, user, 50_000);
        jobId = Escrow.createJob(user, null);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyBodyGetsAnAnswerBelow500(long seed) {
        RandomJson json = new RandomJson(seed);
        String path = json.pick(PATHS).replace("{id}", jobId);
        String body = json.body();
        String before = user.api().get("/wallet").body().toString() + user.api().get("/jobs").body();

        ApiClient.Response response = user.api().postRaw(path, body, Map.of("Content-Type", "application/json"));

        assertThat(response.status()).as("%s %s -> %s", path, body, response.raw().body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            String after = user.api().get("/wallet").body().toString() + user.api().get("/jobs").body();
            assertThat(after).isEqualTo(before);
        }
    }
}
