package com.paylyt.desktop.dashboard;

import com.paylyt.desktop.ui.Amounts;
import com.paylyt.model.api.JobView;
import com.paylyt.model.api.UserSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The three job lists of the dashboard: mine as client, mine as freelancer, and open jobs to take. */
public final class DashboardViewModel {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final ObservableList<JobRow> asClient = FXCollections.observableArrayList();
    private final ObservableList<JobRow> asFreelancer = FXCollections.observableArrayList();
    private final ObservableList<JobRow> open = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");

    public DashboardViewModel(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Replaces the lists. Open jobs posted by {@code myUserId} are left out, because a client cannot take
     * its own job.
     */
    public void setJobs(List<JobView> clientJobs, List<JobView> freelancerJobs, List<JobView> openJobs,
            String myUserId) {
        asClient.setAll(clientJobs.stream().map(job -> row(job, job.freelancer())).toList());
        asFreelancer.setAll(freelancerJobs.stream().map(job -> row(job, job.client())).toList());
        open.setAll(openJobs.stream()
                .filter(job -> job.client() == null || !Objects.equals(job.client().id(), myUserId))
                .map(job -> row(job, job.client()))
                .toList());
        message.set("");
    }

    JobRow row(JobView job, UserSummary counterpart) {
        String deadline = job.deadline() == null ? "" : DEADLINE.format(job.deadline().atZone(zone));
        return new JobRow(job, job.title(), job.status(), Amounts.sats(job.amountSats()),
                Amounts.btcOfSats(job.amountSats()), deadline, counterpart == null ? "" : counterpart.username());
    }

    public ObservableList<JobRow> asClient() {
        return asClient;
    }

    public ObservableList<JobRow> asFreelancer() {
        return asFreelancer;
    }

    public ObservableList<JobRow> open() {
        return open;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
