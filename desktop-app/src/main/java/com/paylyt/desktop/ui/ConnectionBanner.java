package com.paylyt.desktop.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the banner that reports the server cannot be reached and offers to retry. Used on the FX thread. */
public final class ConnectionBanner {

    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Runnable> retryAction = new SimpleObjectProperty<>();

    public void show(String text, Runnable retry) {
        message.set(text);
        retryAction.set(retry);
        visible.set(true);
    }

    public void hide() {
        visible.set(false);
    }

    /** Hides the banner and runs the action it offered, if any. */
    public void retry() {
        Runnable action = retryAction.get();
        hide();
        if (action != null) {
            action.run();
        }
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
