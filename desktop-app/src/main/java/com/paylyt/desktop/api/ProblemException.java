package com.paylyt.desktop.api;

import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.Problem;
import java.util.Optional;

/** The server answered with an RFC 9457 problem document. */
public final class ProblemException extends ApiException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.status() + " " + problem.code() + ": " + problem.detail(), null);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** Returns the machine-readable code, such as {@code invalid_state}; empty text when the server sent none. */
    public String code() {
        return problem.code() == null ? "" : problem.code();
    }

    /** Returns the server's message for one request field, by its JSON name such as {@code amount_btc}. */
    public Optional<String> fieldMessage(String field) {
        return problem.errors().stream()
                .filter(error -> field.equals(error.field()))
                .map(FieldError::message)
                .findFirst();
    }
}
