package com.paylyt.server.providers.bitnob;

import com.fasterxml.jackson.databind.JsonNode;
import com.paylyt.server.lightning.LightningException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads fields of Bitnob responses, which send numbers sometimes as JSON numbers and sometimes as strings. */
final class BitnobJson {

    private BitnobJson() {
    }

    /** Returns the {@code data} object of a response envelope. */
    static JsonNode data(JsonNode root, String what) {
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new LightningException("Bitnob returned no data object for " + what);
        }
        return data;
    }

    /** Returns a text field, or throws naming the field when it is missing or empty. */
    static String requiredText(JsonNode node, String field, String what) {
        String value = node.path(field).asText("");
        if (value.isEmpty()) {
            throw new LightningException("Bitnob returned no " + field + " for " + what);
        }
        return value;
    }

    /** Returns a text field, or null when it is missing or empty. */
    static String text(JsonNode node, String field) {
        String value = node.path(field).asText("");
        return value.isEmpty() ? null : value;
    }

    /** Returns a whole number given as a number or a string, or {@code defaultValue} when missing. */
    static long longValue(JsonNode node, String field, long defaultValue) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return defaultValue;
        }
        try {
            return new BigDecimal(value.asText()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new LightningException("Bitnob returned a " + field + " that is not a whole number: "
                    + value.asText(), e);
        }
    }

    /** Returns a decimal given as a number or a string, or null when missing. */
    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new LightningException("Bitnob returned a " + field + " that is not a number: " + value.asText(), e);
        }
    }

    /** Returns an ISO-8601 instant or Unix seconds, or null when missing or unreadable. */
    static Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        String text = value.asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(text))
                    : Instant.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
