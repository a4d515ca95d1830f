package com.paylyt.model.job;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The escrow flow of a job: which action moves which status to which, and who may take it.
 *
 * <pre>
 * awaiting_funding --RECEIVE_PAYMENT--> funded --COMPLETE--> submitted --APPROVE--> approved --RELEASE--> released
 * awaiting_funding --CANCEL--> cancelled
 * </pre>
 *
 * FUND and ACCEPT do not change the status: FUND is allowed while awaiting funding, ACCEPT while the job has
 * no freelancer and is not yet submitted.
 */
public final class JobStateMachine {

    private JobStateMachine() {
    }

    /** Returns the status the action leads to, or empty when the action is not allowed in {@code from}. */
    public static Optional<JobStatus> next(JobStatus from, JobAction action) {
        return Optional.ofNullable(switch (action) {
            case FUND -> from == JobStatus.AWAITING_FUNDING ? from : null;
            case ACCEPT -> from == JobStatus.AWAITING_FUNDING || from == JobStatus.FUNDED ? from : null;
            case RECEIVE_PAYMENT -> from == JobStatus.AWAITING_FUNDING ? JobStatus.FUNDED : null;
            case COMPLETE -> from == JobStatus.FUNDED ? JobStatus.SUBMITTED : null;
            case APPROVE -> from == JobStatus.SUBMITTED ? JobStatus.APPROVED : null;
            case RELEASE -> from == JobStatus.APPROVED ? JobStatus.RELEASED : null;
            case CANCEL -> from == JobStatus.AWAITING_FUNDING ? JobStatus.CANCELLED : null;
        });
    }

    /** Returns the party that may take the action, or {@link JobParty#OTHER} for accepting a job. */
    public static JobParty actor(JobAction action) {
        return switch (action) {
            case FUND, APPROVE, RELEASE, CANCEL -> JobParty.CLIENT;
            case COMPLETE -> JobParty.FREELANCER;
            case ACCEPT -> JobParty.OTHER;
            case RECEIVE_PAYMENT -> JobParty.SYSTEM;
        };
    }

    /** Returns the actions that {@code party} may take now, as shown in a user interface. */
    public static Set<JobAction> availableActions(JobStatus status, JobParty party, boolean hasFreelancer) {
        Set<JobAction> actions = EnumSet.noneOf(JobAction.class);
        for (JobAction action : JobAction.values()) {
            if (actor(action) != party || next(status, action).isEmpty()) {
                continue;
            }
            if (action == JobAction.ACCEPT && hasFreelancer) {
                continue;
            }
            if (action == JobAction.COMPLETE && !hasFreelancer) {
                continue;
            }
            actions.add(action);
        }
        return actions;
    }
}
