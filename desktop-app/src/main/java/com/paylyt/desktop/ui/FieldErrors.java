package com.paylyt.desktop.ui;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.model.api.FieldError;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The messages shown beside a form's fields, keyed by the field's JSON name (such as {@code amount_btc}) so
 * that the server's validation errors land beside the field they name.
 */
public final class FieldErrors {

    private final Map<String, StringProperty> messages = new LinkedHashMap<>();

    /** Returns the message of one field: empty text when the field is valid. */
    public StringProperty messageProperty(String field) {
        return messages.computeIfAbsent(field, name -> new SimpleStringProperty(""));
    }

    public String message(String field) {
        return messageProperty(field).get();
    }

    public void set(String field, String message) {
        messageProperty(field).set(message);
    }

    public void clear() {
        messages.values().forEach(property -> property.set(""));
    }

    public boolean isEmpty() {
        return messages.values().stream().allMatch(property -> property.get().isEmpty());
    }

    /**
     * Puts the server's field errors beside their fields.
     *
     * @return whether any error named a field
     */
    public boolean apply(ProblemException problem) {
        boolean any = false;
        for (FieldError error : problem.problem().errors()) {
            if (error.field() != null) {
                set(error.field(), error.message());
                any = true;
            }
        }
        return any;
    }
}
