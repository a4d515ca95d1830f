package com.paylyt.server.openapi;

import com.paylyt.server.http.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One documented route: method, path, who may call it, its body and its responses. Built with the fluent
 * methods, starting from {@link #get} or {@link #post}.
 */
final class ApiOperation {

    /** The credential a route requires, which sets the document's {@code security} requirement. */
    enum Access {
        ANYONE,
        BEARER_TOKEN,
        WEBHOOK_SIGNATURE
    }

    /** A query parameter: name, description and, when the server accepts only some values, those values. */
    record QueryParameter(String name, String description, List<String> allowedValues) {
    }

    private final String method;
    private final String path;
    private final String operationId;
    private final String tag;
    private final String summary;
    private Access access = Access.BEARER_TOKEN;
    private Object requestBody;
    private boolean requestBodyRequired;
    private int successStatus = 200;
    private Object responseBody;
    private String responseMediaType = "application/json";
    private String responseDescription = "OK";
    private final List<Integer> alternativeStatuses = new ArrayList<>();
    private final List<QueryParameter> queryParameters = new ArrayList<>();
    private final Set<ErrorCode> errors = new LinkedHashSet<>();

    private ApiOperation(String method, String path, String operationId, String tag, String summary) {
        this.method = method;
        this.path = path;
        this.operationId = operationId;
        this.tag = tag;
        this.summary = summary;
    }

    static ApiOperation get(String path, String operationId, String tag, String summary) {
        return new ApiOperation("get", path, operationId, tag, summary);
    }

    static ApiOperation post(String path, String operationId, String tag, String summary) {
        return new ApiOperation("post", path, operationId, tag, summary);
    }

    ApiOperation access(Access newAccess) {
        this.access = newAccess;
        return this;
    }

    /**
     * Sets the JSON request body: a {@code shared-model} class or the name of a schema that
     * {@link HandWrittenSchemas} defines.
     */
    ApiOperation body(Object schema, boolean required) {
        this.requestBody = schema;
        this.requestBodyRequired = required;
        return this;
    }

    /** Sets the success status and its JSON body, a class or a hand-written schema name; null for no body. */
    ApiOperation returns(int status, Object schema) {
        this.successStatus = status;
        this.responseBody = schema;
        this.responseDescription = switch (status) {
            case 201 -> "Created";
            case 204 -> "No content";
            default -> "OK";
        };
        return this;
    }

    /** Sets a success body that is not JSON, such as the Swagger UI page. */
    ApiOperation returnsMedia(String mediaType, String description) {
        this.responseMediaType = mediaType;
        this.responseDescription = description;
        this.responseBody = null;
        return this;
    }

    /** Adds another success status with the same body, such as 200 next to 201. */
    ApiOperation alsoReturns(int status) {
        alternativeStatuses.add(status);
        return this;
    }

    ApiOperation query(String name, String description, List<String> allowedValues) {
        queryParameters.add(new QueryParameter(name, description, allowedValues));
        return this;
    }

    /** Adds the problem documents this route can return beyond those every route of its kind can. */
    ApiOperation errors(ErrorCode... codes) {
        errors.addAll(List.of(codes));
        return this;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String operationId() {
        return operationId;
    }

    String tag() {
        return tag;
    }

    String summary() {
        return summary;
    }

    Access access() {
        return access;
    }

    Object requestBody() {
        return requestBody;
    }

    boolean requestBodyRequired() {
        return requestBodyRequired;
    }

    int successStatus() {
        return successStatus;
    }

    List<Integer> alternativeStatuses() {
        return List.copyOf(alternativeStatuses);
    }

    Object responseBody() {
        return responseBody;
    }

    String responseMediaType() {
        return responseMediaType;
    }

    String responseDescription() {
        return responseDescription;
    }

    List<QueryParameter> queryParameters() {
        return List.copyOf(queryParameters);
    }

    /**
     * Returns every problem this route can return: the declared ones, plus those that the access check, body
     * parsing and the error handler produce for any route of this kind.
     */
    Set<ErrorCode> allErrors() {
        Set<ErrorCode> all = new LinkedHashSet<>();
        if (requestBody != null) {
            all.add(ErrorCode.VALIDATION_FAILED);
            all.add(ErrorCode.MALFORMED_JSON);
            all.add(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        if (requestBody instanceof Class<?>) {
            // Only bodies read into shared-model records check the Content-Type header.
            all.add(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!queryParameters.isEmpty()) {
            all.add(ErrorCode.VALIDATION_FAILED);
        }
        if (access == Access.BEARER_TOKEN) {
            all.add(ErrorCode.UNAUTHORIZED);
        }
        if (access == Access.WEBHOOK_SIGNATURE) {
            all.add(ErrorCode.INVALID_SIGNATURE);
        }
        all.addAll(errors);
        all.add(ErrorCode.INTERNAL_ERROR);
        return all;
    }
}
