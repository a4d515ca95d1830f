package com.paylyt.desktop.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Asks the person to confirm a step that cannot be undone, such as releasing escrowed sats. */
public final class Confirmation {

    private final Messages messages;

    public Confirmation(Messages messages) {
        this.messages = messages;
    }

    /**
     * Shows a modal question over {@code owner}'s window and waits for the answer.
     *
     * @return whether the person chose {@code confirmText}; closing the dialog counts as no
     */
    public boolean ask(Node owner, String header, String content, String confirmText) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, confirm, cancel);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ((Button) alert.getDialogPane().lookupButton(confirm)).setId("confirmAction");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
