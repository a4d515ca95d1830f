package com.paylyt.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.paylyt.model.api.Problem;
import com.paylyt.server.PaylytServer;
import com.paylyt.server.http.ErrorCode;
import com.paylyt.server.http.JsonMappers;
import com.paylyt.server.http.ProblemResponses;
import com.paylyt.server.webhooks.PaymentWebhookController;
import io.javalin.http.Handler;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document of the PayLyt API, built from {@link ApiOperations} and the shared-model records. */
public final class OpenApiDocument {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String BEARER_SCHEME = "bearerAuth";
    private static final String SIGNATURE_SCHEME = "webhookSignature";

    private final ObjectMapper mapper = JsonMappers.create();
    private final ObjectNode schemas = mapper.createObjectNode();
    private final SchemaGenerator generator = new SchemaGenerator(mapper, schemas);

    private OpenApiDocument() {
    }

    /** Returns a handler that serves the document as JSON; the document is built once, here. */
    public static Handler handler(boolean simulatorActive) {
        byte[] json;
        try {
            OpenApiDocument document = new OpenApiDocument();
            json = document.mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(document.document(simulatorActive));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the OpenAPI document", e);
        }
        return ctx -> ctx.contentType("application/json").result(json);
    }

    /** Builds the document of a server with or without the simulator's route. */
    public static ObjectNode build(boolean simulatorActive) {
        return new OpenApiDocument().document(simulatorActive);
    }

    private ObjectNode document(boolean simulatorActive) {
        ObjectNode root = mapper.createObjectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info")
                .put("title", "PayLyt API")
                .put("version", PaylytServer.version())
                .put("description", "Escrow for freelance work paid over the Bitcoin Lightning Network. Amounts in"
                        + " satoshis are integers; BTC and fiat amounts are exact decimals. Every error is an RFC"
                        + " 9457 problem document. In responses, a property that the schema does not list as"
                        + " required may be null. Request schemas do not mark required fields: the server checks"
                        + " them and names each missing or invalid field in the problem's errors.");
        ObjectNode paths = root.putObject("paths");
        for (ApiOperation operation : ApiOperations.all(simulatorActive)) {
            ObjectNode pathItem = paths.has(operation.path())
                    ? (ObjectNode) paths.get(operation.path())
                    : paths.putObject(operation.path());
            pathItem.set(operation.method(), operation(operation));
        }
        ObjectNode components = root.putObject("components");
        addProblemSchema();
        HandWrittenSchemas.addTo(schemas, mapper);
        components.set("schemas", sorted(schemas));
        components.set("securitySchemes", securitySchemes());
        return root;
    }

    private ObjectNode operation(ApiOperation operation) {
        ObjectNode node = mapper.createObjectNode();
        node.put("operationId", operation.operationId());
        node.put("summary", operation.summary());
        node.putArray("tags").add(operation.tag());
        ArrayNode parameters = parameters(operation);
        if (!parameters.isEmpty()) {
            node.set("parameters", parameters);
        }
        switch (operation.access()) {
            case BEARER_TOKEN -> node.putArray("security").addObject().putArray(BEARER_SCHEME);
            case WEBHOOK_SIGNATURE -> node.putArray("security").addObject().putArray(SIGNATURE_SCHEME);
            case ANYONE -> node.putArray("security");
        }
        if (operation.requestBody() != null) {
            ObjectNode body = node.putObject("requestBody").put("required", operation.requestBodyRequired());
            body.putObject("content").putObject("application/json").set("schema", schema(operation.requestBody()));
        }
        node.set("responses", responses(operation));
        return node;
    }

    private ArrayNode parameters(ApiOperation operation) {
        ArrayNode parameters = mapper.createArrayNode();
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        while (matcher.find()) {
            ObjectNode parameter = parameters.addObject()
                    .put("name", matcher.group(1))
                    .put("in", "path")
                    .put("required", true);
            parameter.putObject("schema").put("type", "string");
        }
        for (ApiOperation.QueryParameter query : operation.queryParameters()) {
            ObjectNode parameter = parameters.addObject()
                    .put("name", query.name())
                    .put("in", "query")
                    .put("required", false)
                    .put("description", query.description());
            ObjectNode schema = parameter.putObject("schema").put("type", "string");
            ArrayNode values = schema.putArray("enum");
            query.allowedValues().forEach(values::add);
        }
        return parameters;
    }

    private ObjectNode responses(ApiOperation operation) {
        ObjectNode responses = mapper.createObjectNode();
        List<Integer> successes = new ArrayList<>();
        successes.add(operation.successStatus());
        successes.addAll(operation.alternativeStatuses());
        for (int status : successes) {
            ObjectNode response = responses.putObject(String.valueOf(status));
            response.put("description", status == operation.successStatus()
                    ? operation.responseDescription()
                    : "OK: the existing resource instead of a new one");
            if (operation.responseBody() != null) {
                response.putObject("content").putObject("application/json")
                        .set("schema", schema(operation.responseBody()));
            } else if (status != 204) {
                response.putObject("content").putObject(operation.responseMediaType());
            }
        }
        for (Map.Entry<Integer, List<ErrorCode>> byStatus : errorsByStatus(operation.allErrors()).entrySet()) {
            ObjectNode response = responses.putObject(String.valueOf(byStatus.getKey()));
            response.put("description", describe(byStatus.getValue()));
            if (byStatus.getKey() == 401 && operation.access() == ApiOperation.Access.BEARER_TOKEN) {
                response.putObject("headers").putObject("WWW-Authenticate")
                        .put("description", "Bearer").putObject("schema").put("type", "string");
            }
            if (byStatus.getKey() == 429) {
                response.putObject("headers").putObject("Retry-After")
                        .put("description", "Seconds to wait before the next attempt")
                        .putObject("schema").put("type", "integer").put("minimum", 1);
            }
            response.putObject("content").putObject(ProblemResponses.CONTENT_TYPE)
                    .set("schema", generator.reference(Problem.class));
        }
        return responses;
    }

    private static Map<Integer, List<ErrorCode>> errorsByStatus(Set<ErrorCode> codes) {
        Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
        for (ErrorCode code : codes) {
            byStatus.computeIfAbsent(code.status(), status -> new ArrayList<>()).add(code);
        }
        return byStatus;
    }

    private static String describe(List<ErrorCode> codes) {
        StringBuilder description = new StringBuilder();
        for (ErrorCode code : codes) {
            if (!description.isEmpty()) {
                description.append("; ");
            }
            description.append(code.title()).append(" (code ").append(code.code()).append(')');
        }
        return description.toString();
    }

    private ObjectNode schema(Object schema) {
        if (schema instanceof Class<?> recordType) {
            return generator.reference(recordType);
        }
        return mapper.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }

    /** Adds the problem document, with its {@code code} limited to the codes the server sends. */
    private void addProblemSchema() {
        generator.reference(Problem.class);
        ObjectNode problem = (ObjectNode) schemas.get(Problem.class.getSimpleName());
        problem.put("description", "An RFC 9457 problem document, sent as " + ProblemResponses.CONTENT_TYPE);
        ArrayNode codes = ((ObjectNode) problem.get("properties").get("code")).putArray("enum");
        for (ErrorCode code : ErrorCode.values()) {
            codes.add(code.code());
        }
    }

    private ObjectNode securitySchemes() {
        ObjectNode schemes = mapper.createObjectNode();
        schemes.putObject(BEARER_SCHEME)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "The token from POST /api/auth/login or POST /api/auth/password");
        schemes.putObject(SIGNATURE_SCHEME)
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", PaymentWebhookController.SIGNATURE_HEADER)
                .put("description", "The hex HMAC-SHA512 of the raw request body, keyed with the"
                        + " server's webhook secret");
        return schemes;
    }

    private ObjectNode sorted(ObjectNode node) {
        ObjectNode sorted = mapper.createObjectNode();
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        names.forEach(name -> sorted.set(name, node.get(name)));
        return sorted;
    }
}
