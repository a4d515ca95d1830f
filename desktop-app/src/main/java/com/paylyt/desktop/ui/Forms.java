package com.paylyt.desktop.ui;

import javafx.scene.control.Label;

/** Small layout rules shared by the forms. */
public final class Forms {

    private Forms() {
    }

    /** Hides each label, and frees its space, while its text is empty: for field errors and form messages. */
    public static void hideWhenEmpty(Label... labels) {
        for (Label label : labels) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
    }
}
