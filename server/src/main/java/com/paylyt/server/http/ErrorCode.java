package com.paylyt.server.http;

/** The machine-readable {@code code} of a problem document. */
public enum ErrorCode {
    VALIDATION_FAILED(400, "Invalid request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHORIZED(401, "Authentication required"),
    INVALID_CREDENTIALS(401, "Invalid email or password"),
    INVALID_SIGNATURE(401, "Invalid webhook signature"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict"),
    INVALID_STATE(409, "Invalid state"),
    IDEMPOTENCY_IN_PROGRESS(409, "Request with this idempotency key in progress"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    INSUFFICIENT_FUNDS(400, "Insufficient funds"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal server error"),
    PROVIDER_UNAVAILABLE(503, "Service unavailable"),
    RATE_UNAVAILABLE(503, "Exchange rate unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Returns the wire form, such as {@code invalid_state}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
