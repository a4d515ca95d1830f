package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStateMachine;
import com.paylyt.model.job.JobStatus;
import com.paylyt.server.support.ApiClient;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job state machine, first as a model and then against the server: random sequences of actions by random
 * parties, and of payments of random size, keep the server's status equal to the model's and the books sound.
 * Sequences come from seeded generators, so that a failing case can be replayed from its seed.
 */
class JobStateMachinePropertyTest {

    private static TestServer server;
    private static Users.SignedIn client;
    private static Users.SignedIn freelancer;
    private static Users.SignedIn stranger;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        client = Users.register(server.client(), "client");
        freelancer = Users.register(server.client(), "freelancer");
        stranger = Users.register(server.client(), "stranger");
    }

    @AfterAll
    static void stopServer() {
        server.close();
        server = null;
    }

    @ParameterizedTest
    @EnumSource(JobAction.class)
    void finalStatusesAllowNoAction(JobAction action) {
        assertThat(JobStateMachine.next(JobStatus.RELEASED, action)).isEmpty();
        assertThat(JobStateMachine.next(JobStatus.CANCELLED, action)).isEmpty();
    }

    @Test
    void releaseIsReachableOnlyThroughTheWholeFlow() {
        for (long seed = 0; seed < 2_000; seed++) {
            checkModelPath(actionSequence(new Random(seed)));
        }
    }

    private static void checkModelPath(List<JobAction> actions) {
        JobStatus status = JobStatus.AWAITING_FUNDING;
        List<JobStatus> visited = new ArrayList<>(List.of(status));
        for (JobAction action : actions) {
            Optional<JobStatus> next = JobStateMachine.next(status, action);
            if (next.isPresent() && next.get() != status) {
                status = next.get();
                visited.add(status);
            }
        }
        if (status == JobStatus.RELEASED) {
            assertThat(visited).containsExactly(JobStatus.AWAITING_FUNDING, JobStatus.FUNDED, JobStatus.SUBMITTED,
                    JobStatus.APPROVED, JobStatus.RELEASED);
        }
        if (visited.contains(JobStatus.CANCELLED)) {
            assertThat(visited).containsExactly(JobStatus.AWAITING_FUNDING, JobStatus.CANCELLED);
        }
    }

    private static List<JobAction> actionSequence(Random random) {
        List<JobAction> actions = new ArrayList<>();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            actions.add(JobAction.values()[random.nextInt(JobAction.values().length)]);
        }
        return actions;
    }

    /** One step against the server: a party takes an action, or the provider reports a payment. */
    record Step(JobParty party, JobAction action, long paidSats) {
        @Override
        public String toString() {
            return action == JobAction.RECEIVE_PAYMENT ? "pay " + paidSats : party + " " + action;
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void serverFollowsTheModel(long seed) {
        List<Step> steps = steps(new Random(seed));
        String jobId = Escrow.createJob(client, freelancer.username());
        JobStatus expected = JobStatus.AWAITING_FUNDING;
        long funded = 0;
        for (Step step : steps) {
            if (step.action() == JobAction.RECEIVE_PAYMENT) {
                if (expected == JobStatus.AWAITING_FUNDING) {
                    ApiClient.Response invoice = client.api().post("/jobs/" + jobId + "/invoice", null);
                    assertThat(invoice.status()).isIn(200, 201);
                    Escrow.pay(server, invoice.body().get("invoice_id").asText(), step.paidSats());
                    funded = Math.min(Escrow.JOB_SATS, funded + step.paidSats());
                    expected = funded == Escrow.JOB_SATS ? JobStatus.FUNDED : expected;
                }
                continue;
            }
            Users.SignedIn caller = switch (step.party()) {
                case CLIENT -> client;
                case FREELANCER -> freelancer;
                default -> stranger;
            };
            ApiClient.Response response = caller.api().post("/jobs/" + jobId + "/"
                    + step.action().name().toLowerCase(), null);
            Optional<JobStatus> next = JobStateMachine.next(expected, step.action());
            boolean allowed = next.isPresent() && JobStateMachine.actor(step.action()) == step.party();
            assertThat(response.status()).as("%s in %s: %s", step, expected, response.body())
                    .isLessThan(500);
            if (allowed) {
                assertThat(response.status()).as("%s in %s: %s", step, expected, response.body()).isEqualTo(200);
                expected = next.get();
            } else {
                assertThat(response.status()).as("%s in %s", step, expected).isBetween(400, 499);
            }
            assertThat(client.api().get("/jobs/" + jobId).body().get("status").asText())
                    .isEqualTo(expected.wireName());
        }
        assertThat(server.ledgerViolations()).isEmpty();
    }

    private static List<Step> steps(Random random) {
        List<JobParty> parties = List.of(JobParty.CLIENT, JobParty.FREELANCER, JobParty.OTHER);
        List<JobAction> actions = List.of(JobAction.COMPLETE, JobAction.APPROVE, JobAction.RELEASE, JobAction.CANCEL);
        List<Step> steps = new ArrayList<>();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                steps.add(new Step(JobParty.SYSTEM, JobAction.RECEIVE_PAYMENT, 1 + random.nextInt(150_000)));
            } else {
                steps.add(new Step(parties.get(random.nextInt(parties.size())),
                        actions.get(random.nextInt(actions.size())), 0));
            }
        }
        return steps;
    }
}
