package com.paylyt.desktop.api;

import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.Problem;
import java.util.Optional;
import java.util.regex.Pattern;

/** A response that carried an RFC 9457 problem document. */
public final class ProblemException extends ApiException {

    /** An API path of one job or an action on it, such as {@code /jobs/42/release}; {@code /jobs/open} is a list. */
    private static final Pattern JOB_PATH = Pattern.compile("/jobs/(?!open(?:[/?]|$))[^/?]+(?:[/?].*)?");

    private final Problem problem;
    private final String path;

    public ProblemException(Problem problem) {
        this(problem, "");
    }

    /**
     * Creates the exception for a request to {@code path}, the API path below the base URL such as
     * {@code /simulator/invoices/7/pay}.
     */
    public ProblemException(Problem problem, String path) {
        super(problem.status() + " " + problem.code() + ": " + problem.detail(), null);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    /** Returns the API path of the rejected request, or empty text when it is not known. */
    public String path() {
        return path;
    }

    /** Returns whether the rejected request addressed one job, so that a 404 means the job is not found. */
    public boolean concernsJob() {
        return JOB_PATH.matcher(path).matches();
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
