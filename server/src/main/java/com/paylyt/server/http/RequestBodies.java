package com.paylyt.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Reads JSON request bodies into shared-model records, turning every parse failure into a 4xx problem. */
public final class RequestBodies {

    private final ObjectMapper mapper;

    public RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads a required body. */
    public <T> T read(Context ctx, Class<T> type) {
        T body = readOptional(ctx, type);
        if (body == null) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The request needs a JSON object body");
        }
        return body;
    }

    /** Reads a body that may be absent; returns null for an empty body or a JSON {@code null}. */
    public <T> T readOptional(Context ctx, Class<T> type) {
        byte[] raw = ctx.bodyAsBytes();
        if (isBlank(raw)) {
            return null;
        }
        checkContentType(ctx.contentType());
        try {
            return mapper.readValue(raw, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.invalidField(path(e), "is not a known field; remove it");
        } catch (StreamConstraintsException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The JSON body exceeds a limit: " + e.getOriginalMessage());
        } catch (JsonMappingException e) {
            String field = path(e);
            if (field.isEmpty()) {
                throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The body must be a JSON object");
            }
            if (e.getOriginalMessage().contains(WellFormedStringDeserializer.UNPAIRED_SURROGATE)) {
                throw ApiProblem.invalidField(field, "must be valid Unicode text: it "
                        + WellFormedStringDeserializer.UNPAIRED_SURROGATE);
            }
            throw ApiProblem.invalidField(field, "has the wrong type: " + expectedType(e));
        } catch (JsonProcessingException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiProblem(ErrorCode.MALFORMED_JSON, "The body could not be read");
        }
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static void checkContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new ApiProblem(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON with 'Content-Type: application/json'; got " + mediaType);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectedType(JsonMappingException e) {
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        if (target == null) {
            return "expected a JSON object";
        }
        if (Number.class.isAssignableFrom(target) || target == long.class || target == int.class) {
            return "expected a number";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "expected an array";
        }
        if (target == String.class) {
            return "expected a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "expected true or false";
        }
        return "expected a JSON object";
    }
}
