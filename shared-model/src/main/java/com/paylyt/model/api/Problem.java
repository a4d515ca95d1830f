package com.paylyt.model.api;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response.
 *
 * @param code machine-readable reason such as {@code validation_failed} or {@code invalid_state}
 * @param errors the invalid fields, for {@code validation_failed}; empty otherwise
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
