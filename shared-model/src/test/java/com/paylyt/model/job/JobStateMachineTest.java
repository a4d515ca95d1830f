package com.paylyt.model.job;

import static com.paylyt.model.job.JobAction.ACCEPT;
import static com.paylyt.model.job.JobAction.APPROVE;
import static com.paylyt.model.job.JobAction.CANCEL;
import static com.paylyt.model.job.JobAction.COMPLETE;
import static com.paylyt.model.job.JobAction.FUND;
import static com.paylyt.model.job.JobAction.RECEIVE_PAYMENT;
import static com.paylyt.model.job.JobAction.RELEASE;
import static com.paylyt.model.job.JobStatus.APPROVED;
import static com.paylyt.model.job.JobStatus.AWAITING_FUNDING;
import static com.paylyt.model.job.JobStatus.CANCELLED;
import static com.paylyt.model.job.JobStatus.FUNDED;
import static com.paylyt.model.job.JobStatus.RELEASED;
import static com.paylyt.model.job.JobStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobStateMachineTest {

    private static final Map<JobAction, Map<JobStatus, JobStatus>> ALLOWED = Map.of(
            FUND, Map.of(AWAITING_FUNDING, AWAITING_FUNDING),
            ACCEPT, Map.of(AWAITING_FUNDING, AWAITING_FUNDING, FUNDED, FUNDED),
            RECEIVE_PAYMENT, Map.of(AWAITING_FUNDING, FUNDED),
            COMPLETE, Map.of(FUNDED, SUBMITTED),
            APPROVE, Map.of(SUBMITTED, APPROVED),
            RELEASE, Map.of(APPROVED, RELEASED),
            CANCEL, Map.of(AWAITING_FUNDING, CANCELLED));

    @Test
    void everyStatusAndActionPairFollowsTheTable() {
        for (JobAction action : JobAction.values()) {
            for (JobStatus status : JobStatus.values()) {
                JobStatus expected = ALLOWED.get(action).get(status);
                assertThat(JobStateMachine.next(status, action))
                        .as("%s in %s", action, status)
                        .isEqualTo(java.util.Optional.ofNullable(expected));
            }
        }
    }

    @Test
    void finalStatusesAllowNoAction() {
        for (JobStatus status : EnumSet.of(RELEASED, CANCELLED)) {
            for (JobParty party : JobParty.values()) {
                assertThat(JobStateMachine.availableActions(status, party, true)).isEmpty();
            }
        }
    }

    @Test
    void clientSeesFundAndCancelWhileAwaitingFunding() {
        assertThat(JobStateMachine.availableActions(AWAITING_FUNDING, JobParty.CLIENT, true))
                .containsExactlyInAnyOrder(FUND, CANCEL);
    }

    @Test
    void freelancerSeesCompleteOnlyOnceFunded() {
        assertThat(JobStateMachine.availableActions(AWAITING_FUNDING, JobParty.FREELANCER, true)).isEmpty();
        assertThat(JobStateMachine.availableActions(FUNDED, JobParty.FREELANCER, true)).containsExactly(COMPLETE);
    }

    @Test
    void strangerMayAcceptOnlyAJobWithoutFreelancer() {
        assertThat(JobStateMachine.availableActions(FUNDED, JobParty.OTHER, false)).containsExactly(ACCEPT);
        assertThat(JobStateMachine.availableActions(FUNDED, JobParty.OTHER, true)).isEmpty();
    }

    @Test
    void clientApprovesThenReleases() {
        assertThat(JobStateMachine.availableActions(SUBMITTED, JobParty.CLIENT, true)).containsExactly(APPROVE);
        assertThat(JobStateMachine.availableActions(APPROVED, JobParty.CLIENT, true)).containsExactly(RELEASE);
    }
}
