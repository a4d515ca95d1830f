package com.paylyt.server.jobs;

import com.paylyt.model.api.DeliverableView;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.MilestoneView;
import com.paylyt.model.job.JobStateMachine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Turns stored jobs into the view a given caller sees. */
public final class JobViews {

    private final JobRepository jobs;

    public JobViews(JobRepository jobs) {
        this.jobs = jobs;
    }

    public JobView view(Connection connection, Job job, String callerId) throws SQLException {
        List<MilestoneView> milestones = jobs.milestones(connection, job.id()).stream()
                .map(m -> new MilestoneView(m.position(), m.title(), m.amount().value(), m.amount().toBtc()))
                .toList();
        DeliverableView deliverable = job.submittedAt() == null ? null
                : new DeliverableView(job.deliverableNote(), job.deliverableUrl(), job.submittedAt());
        return new JobView(
                job.id(),
                job.title(),
                job.description(),
                job.amountFiat().toDecimal(),
                job.amountFiat().currencyCode(),
                job.amount().value(),
                job.amount().toBtc(),
                job.funded().value(),
                job.deadline(),
                job.status(),
                job.client(),
                job.freelancer(),
                milestones,
                deliverable,
                jobs.history(connection, job.id()),
                JobStateMachine.availableActions(job.status(), job.partyOf(callerId), job.hasFreelancer()),
                job.createdAt(),
                job.updatedAt());
    }

    public List<JobView> views(Connection connection, List<Job> list, String callerId) throws SQLException {
        List<JobView> views = new java.util.ArrayList<>(list.size());
        for (Job job : list) {
            views.add(view(connection, job, callerId));
        }
        return views;
    }
}
