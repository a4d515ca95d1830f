package com.paylyt.desktop.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.Problem;
import com.paylyt.model.api.StatusChange;
import com.paylyt.model.api.UserSummary;
import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobDetailViewModelTest {

    private static final UserSummary CLIENT = new UserSummary("u-client", "carl");
    private static final UserSummary FREELANCER = new UserSummary("u-free", "frida");

    @Test
    void deliverableErrorsGoBesideFields() {
        JobDetailViewModel model = new JobDetailViewModel("u-free", ZoneOffset.UTC);
        model.deliverableUrlProperty().set("javascript:alert(1)");
        ProblemException problem = new ProblemException(new Problem("about:blank", "Invalid request", 400,
                "Some fields are invalid", "validation_failed", List.of(
                        new FieldError("deliverable_url", "must be an http or https link"),
                        new FieldError("files", "are not supported"))));

        model.showRejection(problem, "Check the marked fields.");

        assertThat(model.errors().message("deliverable_url")).isEqualTo("must be an http or https link");
        assertThat(model.errors().message("note")).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Check the marked fields. files: are not supported.");
    }

    @Test
    void editingLinkClearsItsError() {
        JobDetailViewModel model = new JobDetailViewModel("u-free", ZoneOffset.UTC);
        model.errors().set("deliverable_url", "must be an http or https link");
        model.errors().set("note", "must be at most 5000 characters");

        model.deliverableUrlProperty().set("https://example.com/work.zip");

        assertThat(model.errors().message("deliverable_url")).isEmpty();
        assertThat(model.errors().message("note")).isNotEmpty();
    }

    @Test
    void serverActionsWinOverLocalRules() {
        JobDetailViewModel model = new JobDetailViewModel("u-client", ZoneOffset.UTC);
        model.jobProperty().set(job(JobStatus.AWAITING_FUNDING, Set.of(JobAction.CANCEL)));

        assertThat(model.availableActions()).containsExactly(JobAction.CANCEL);
    }

    @Test
    void stateMachineDecidesWhenServerSendsNoActions() {
        JobDetailViewModel client = new JobDetailViewModel("u-client", ZoneOffset.UTC);
        client.jobProperty().set(job(JobStatus.SUBMITTED, null));
        JobDetailViewModel freelancer = new JobDetailViewModel("u-free", ZoneOffset.UTC);
        freelancer.jobProperty().set(job(JobStatus.FUNDED, null));

        assertThat(client.viewerParty()).isEqualTo(JobParty.CLIENT);
        assertThat(client.availableActions()).containsExactly(JobAction.APPROVE);
        assertThat(freelancer.availableActions()).containsExactly(JobAction.COMPLETE);
    }

    @Test
    void timelineMarksDoneCurrentAndAhead() {
        JobDetailViewModel model = new JobDetailViewModel("u-client", ZoneOffset.UTC);
        model.jobProperty().set(job(JobStatus.FUNDED, Set.of()));

        List<TimelineStep> steps = model.timeline();

        assertThat(steps).extracting(TimelineStep::progress).containsExactly(TimelineStep.Progress.DONE,
                TimelineStep.Progress.CURRENT, TimelineStep.Progress.AHEAD, TimelineStep.Progress.AHEAD,
                TimelineStep.Progress.AHEAD);
        assertThat(steps.get(1).detail()).isEqualTo("2030-01-02 10:00 · lightning");
        assertThat(steps.get(2).detail()).isEmpty();
    }

    @Test
    void cancelledJobEndsTimelineAtCancelled() {
        JobDetailViewModel model = new JobDetailViewModel("u-client", ZoneOffset.UTC);
        model.jobProperty().set(job(JobStatus.CANCELLED, Set.of()));

        assertThat(model.timeline()).extracting(TimelineStep::status)
                .containsExactly(JobStatus.AWAITING_FUNDING, JobStatus.CANCELLED);
    }

    @Test
    void blankDeliverableFieldsAreLeftOut() {
        JobDetailViewModel model = new JobDetailViewModel("u-free", ZoneOffset.UTC);
        model.deliverableNoteProperty().set("  ");
        model.deliverableUrlProperty().set(" https://example.com/work ");

        assertThat(model.completeRequest().note()).isNull();
        assertThat(model.completeRequest().deliverableUrl()).isEqualTo("https://example.com/work");
    }

    private static JobView job(JobStatus status, Set<JobAction> actions) {
        List<StatusChange> history = List.of(
                new StatusChange(JobStatus.AWAITING_FUNDING, Instant.parse("2030-01-01T09:00:00Z"), "carl"),
                new StatusChange(JobStatus.FUNDED, Instant.parse("2030-01-02T10:00:00Z"), "lightning"));
        return new JobView("job-1", "Logo", "Round", new BigDecimal("100.00"), "USD", 150_000,
                new BigDecimal("0.0015"), 0, Instant.parse("2030-02-01T00:00:00Z"), status, CLIENT, FREELANCER,
                List.of(), null, history, actions, Instant.parse("2030-01-01T09:00:00Z"),
                Instant.parse("2030-01-02T10:00:00Z"));
    }
}
