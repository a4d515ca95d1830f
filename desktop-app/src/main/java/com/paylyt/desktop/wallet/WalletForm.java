package com.paylyt.desktop.wallet;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.ui.FieldErrors;
import com.paylyt.model.api.FieldError;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of the wallet's forms, convert or withdraw: its field errors and the message under it. Each form keeps
 * its own, so that using one form leaves the other's errors in place.
 */
public final class WalletForm {

    private final Set<String> shownFields;
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    /** Creates a form whose page shows an error label beside each of {@code shownFields}, by JSON name. */
    WalletForm(Set<String> shownFields) {
        this.shownFields = shownFields;
    }

    public void clear() {
        errors.clear();
        message.set("");
    }

    public void showSuccess(String text) {
        failed.set(false);
        message.set(text);
    }

    public void showFailure(String text) {
        failed.set(true);
        message.set(text);
    }

    /**
     * Shows the server's rejection: each error of a shown field beside it, and {@code plainMessage} under the
     * form followed by any field error that has no label on the page.
     */
    public void showRejection(ProblemException problem, String plainMessage) {
        errors.clear();
        StringBuilder text = new StringBuilder(plainMessage);
        for (FieldError error : problem.problem().errors()) {
            if (shownFields.contains(error.field())) {
                errors.set(error.field(), error.message());
            } else {
                String field = error.field() == null ? "" : error.field() + ": ";
                text.append(' ').append(field).append(error.message()).append('.');
            }
        }
        showFailure(text.toString());
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Returns whether the message reports a failure rather than a success. */
    public BooleanProperty failedProperty() {
        return failed;
    }
}
