package com.paylyt.desktop.job;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.StatusChange;
import com.paylyt.model.job.JobAction;
import com.paylyt.model.job.JobParty;
import com.paylyt.model.job.JobStateMachine;
import com.paylyt.model.job.JobStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One job as its viewer sees it: the fields, the timeline and the actions the viewer may take now. */
public final class JobDetailViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<JobStatus> HAPPY_PATH = List.of(JobStatus.AWAITING_FUNDING, JobStatus.FUNDED,
            JobStatus.SUBMITTED, JobStatus.APPROVED, JobStatus.RELEASED);

    /** JSON names of the deliverable fields, as the server names them in its field errors. */
    static final String NOTE_FIELD = "note";
    static final String URL_FIELD = "deliverable_url";

    private final ZoneId zone;
    private final String viewerId;
    private final ObjectProperty<JobView> job = new SimpleObjectProperty<>();
    private final StringProperty deliverableNote = new SimpleStringProperty("");
    private final StringProperty deliverableUrl = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public JobDetailViewModel(String viewerId, ZoneId zone) {
        this.viewerId = viewerId;
        this.zone = zone;
        deliverableNote.addListener((observable, old, value) -> errors.set(NOTE_FIELD, ""));
        deliverableUrl.addListener((observable, old, value) -> errors.set(URL_FIELD, ""));
    }

    public JobParty viewerParty() {
        JobView current = job.get();
        if (current.client() != null && Objects.equals(current.client().id(), viewerId)) {
            return JobParty.CLIENT;
        }
        if (current.freelancer() != null && Objects.equals(current.freelancer().id(), viewerId)) {
            return JobParty.FREELANCER;
        }
        return JobParty.OTHER;
    }

    /**
     * Returns the actions the viewer may take now: the server's list when it sent one, else what the state
     * machine allows the viewer's party.
     */
    public Set<JobAction> availableActions() {
        JobView current = job.get();
        if (current == null) {
            return Set.of();
        }
        if (current.availableActions() != null) {
            return current.availableActions().isEmpty()
                    ? EnumSet.noneOf(JobAction.class) : EnumSet.copyOf(current.availableActions());
        }
        return JobStateMachine.availableActions(current.status(), viewerParty(), current.freelancer() != null);
    }

    /** Returns the happy path from awaiting funding to released, or up to cancelled for a cancelled job. */
    public List<TimelineStep> timeline() {
        JobView current = job.get();
        List<JobStatus> path = new ArrayList<>();
        if (current.status() == JobStatus.CANCELLED) {
            path.add(JobStatus.AWAITING_FUNDING);
            path.add(JobStatus.CANCELLED);
        } else {
            path.addAll(HAPPY_PATH);
        }
        int reached = path.indexOf(current.status());
        List<TimelineStep> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            TimelineStep.Progress progress = i < reached ? TimelineStep.Progress.DONE
                    : i == reached ? TimelineStep.Progress.CURRENT : TimelineStep.Progress.AHEAD;
            steps.add(new TimelineStep(path.get(i), progress, detailOf(path.get(i), current.history())));
        }
        return steps;
    }

    public CompleteJobRequest completeRequest() {
        String note = deliverableNote.get().trim();
        String url = deliverableUrl.get().trim();
        return new CompleteJobRequest(note.isEmpty() ? null : note, url.isEmpty() ? null : url);
    }

    /**
     * Shows the server's rejection of a deliverable: the note and link errors beside their fields, and
     * {@code plainMessage} above the page followed by any field error that has no place on the page.
     */
    public void showRejection(ProblemException problem, String plainMessage) {
        errors.clear();
        StringBuilder text = new StringBuilder(plainMessage);
        for (FieldError error : problem.problem().errors()) {
            if (NOTE_FIELD.equals(error.field()) || URL_FIELD.equals(error.field())) {
                errors.set(error.field(), error.message());
            } else {
                String field = error.field() == null ? "" : error.field() + ": ";
                text.append(' ').append(field).append(error.message()).append('.');
            }
        }
        message.set(text.toString());
    }

    public String format(java.time.Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    private String detailOf(JobStatus status, List<StatusChange> history) {
        if (history == null) {
            return "";
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange change = history.get(i);
            if (change.status() == status) {
                String by = change.by() == null ? "" : " · " + change.by();
                return format(change.at()) + by;
            }
        }
        return "";
    }

    public ObjectProperty<JobView> jobProperty() {
        return job;
    }

    public StringProperty deliverableNoteProperty() {
        return deliverableNote;
    }

    public StringProperty deliverableUrlProperty() {
        return deliverableUrl;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Returns the messages beside the note and link fields, keyed {@code note} and {@code deliverable_url}. */
    public FieldErrors errors() {
        return errors;
    }
}
