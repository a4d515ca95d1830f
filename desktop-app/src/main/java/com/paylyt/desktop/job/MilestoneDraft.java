package com.paylyt.desktop.job;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One milestone as typed in the new-job form; the amount is BTC text, checked when the form is sent. */
public final class MilestoneDraft {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty amountBtc = new SimpleStringProperty("");

    public MilestoneDraft(String title, String amountBtc) {
        this.title.set(title);
        this.amountBtc.set(amountBtc);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty amountBtcProperty() {
        return amountBtc;
    }
}
