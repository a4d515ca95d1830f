package com.paylyt.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.model.api.FieldError;
import com.paylyt.model.api.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders every failure as an RFC 9457 problem document ({@code application/problem+json}). */
public final class ProblemResponses {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:paylyt:problem:";
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void handleProblem(ApiProblem problem, Context ctx) {
        if (problem.code().status() >= 500) {
            log.warn("{} {} responded {}: {}", ctx.method(), ctx.path(), problem.code().status(), problem.getMessage());
        } else {
            log.debug("{} {} rejected with {}: {}", ctx.method(), ctx.path(), problem.code().code(),
                    problem.getMessage());
        }
        if (problem instanceof RetryLaterProblem retryLater) {
            ctx.header("Retry-After", Long.toString(retryLater.retryAfterSeconds()));
        }
        write(ctx, problem.code(), problem.getMessage(), problem.errors());
    }

    /** Javalin's own refusals: no such route, wrong method, body too large. */
    public void handleHttpResponse(HttpResponseException e, Context ctx) {
        ErrorCode code = switch (e.getStatus()) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            default -> e.getStatus() >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
        String detail = switch (code) {
            case NOT_FOUND -> "No resource at " + ctx.method() + " " + ctx.path();
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the server accepts";
            default -> e.getMessage();
        };
        write(ctx, code, detail, List.of());
    }

    /** Handles anything unexpected: logs it with its stack trace and responds without internals. */
    public void handleUnexpected(Exception e, Context ctx) {
        log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, ErrorCode.INTERNAL_ERROR, "The server failed to handle the request; it has been logged",
                List.of());
    }

    private void write(Context ctx, ErrorCode code, String detail, List<FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + code.code(), code.title(), code.status(), detail, code.code(),
                errors);
        try {
            ctx.status(code.status()).contentType(CONTENT_TYPE).result(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            ctx.status(500).contentType(CONTENT_TYPE).result("{\"status\":500,\"code\":\"internal_error\"}");
        }
        if (code == ErrorCode.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
    }
}
