package com.paylyt.desktop.ui;

import com.paylyt.model.job.JobStatus;
import javafx.scene.control.Label;

/** A job's status as a coloured pill; the colours live in {@code app.css} under {@code .badge-<status>}. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Label create(JobStatus status, Messages messages) {
        Label badge = new Label(label(status, messages));
        badge.getStyleClass().addAll("badge", "badge-" + status.wireName().replace('_', '-'));
        return badge;
    }

    public static String label(JobStatus status, Messages messages) {
        return messages.get("status." + status.wireName());
    }
}
