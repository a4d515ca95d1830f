package com.paylyt.server.http;

import com.paylyt.model.api.FieldError;
import java.util.List;

/**
 * A failure to answer with a problem document. Services throw it; the HTTP layer renders it. It carries
 * no HTTP types so that services stay free of Javalin.
 */
public class ApiProblem extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> errors;

    public ApiProblem(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ApiProblem(ErrorCode code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return new ApiProblem(ErrorCode.VALIDATION_FAILED, detail, errors);
    }

    public static ApiProblem invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ErrorCode.NOT_FOUND, detail);
    }

    public static ApiProblem invalidState(String detail) {
        return new ApiProblem(ErrorCode.INVALID_STATE, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ErrorCode.FORBIDDEN, detail);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
