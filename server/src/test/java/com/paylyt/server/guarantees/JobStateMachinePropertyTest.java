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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The job state machine, first as a model and then against the server: random sequences of actions by random
 * parties, and of payments of random size, keep the server's status equal to the model's and the books sound.
 */
class JobStateMachinePropertyTest {

    private static TestServer server;
    private static Users.SignedIn client;
    private static Users.SignedIn freelancer;
    private static Users.SignedIn stranger;

    @BeforeContainer
    static void startServer() {
        server = TestServer.start();
        client = Users.register(server.client(), "client");
        freelancer = Users.register(server.client(), "freelancer");
        stranger = Users.register(server.client(), "stranger");
    }

    @AfterContainer
    static void stopServer() {
        server.close();
        server = null;
    }

    @Property
    void finalStatusesAllowNoAction(@ForAll JobAction action) {
        assertThat(JobStateMachine.next(JobStatus.RELEASED, action)).isEmpty();
        assertThat(JobStateMachine.next(JobStatus.CANCELLED, action)).isEmpty();
    }

    @Property
    void releaseIsReachableOnlyThroughTheWholeFlow(@ForAll("actionSequences") List<JobAction> actions) {
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

    @Provide
    Arbitrary<List<JobAction>> actionSequences() {
        return Arbitraries.of(JobAction.class).list().ofMaxSize(12);
    }

    /** One step against the server: a party takes an action, or the provider reports a payment. */
    record Step(JobParty party, JobAction action, long paidSats) {
        @Override
        public String toString() {
            return action == JobAction.RECEIVE_PAYMENT ? "pay " + paidSats : party + " " + action;
        }
    }

    @Property(tries = 40)
    void serverFollowsTheModel(@ForAll("steps") List<Step> steps) {
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

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> action = Arbitraries.of(JobParty.CLIENT, JobParty.FREELANCER, JobParty.OTHER)
                .flatMap(party -> Arbitraries.of(JobAction.COMPLETE, JobAction.APPROVE, JobAction.RELEASE,
                        JobAction.CANCEL).map(act -> new Step(party, act, 0)));
        Arbitrary<Step> payment = Arbitraries.longs().between(1, 150_000)
                .map(sats -> new Step(JobParty.SYSTEM, JobAction.RECEIVE_PAYMENT, sats));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, action), net.jqwik.api.Tuple.of(1, payment))
                .list().ofMaxSize(8);
    }
}
