package com.paylyt.server.http;

import com.paylyt.model.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request, so that one answer names them all. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds a violation when {@code value} is null or blank; returns whether it was present. */
    public boolean requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a {@code validation_failed} problem naming every collected field, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }
}
