package com.paylyt.server.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Derives JSON Schemas for {@code shared-model} records from the API's own {@link ObjectMapper}, so property
 * names and enum values in the document are the ones the server writes (snake_case, lowercase enums).
 *
 * <p>Each record becomes one entry under {@code components/schemas}, named by its simple class name. Primitive
 * components are listed as required because Jackson always writes them; other components may be null.
 *
 * <p>TODO: request schemas do not mark required fields, because the validators, not the records, decide them.
 */
final class SchemaGenerator {

    private final ObjectMapper mapper;
    private final ObjectNode components;

    /** @param components the {@code components/schemas} object that records are added to */
    SchemaGenerator(ObjectMapper mapper, ObjectNode components) {
        this.mapper = mapper;
        this.components = components;
    }

    /** Returns a reference to the record's schema, adding the schema and the records it uses when missing. */
    ObjectNode reference(Class<?> recordType) {
        String name = recordType.getSimpleName();
        if (!components.has(name)) {
            // Reserve the name first, so a record that refers to itself does not recurse forever.
            ObjectNode schema = components.putObject(name);
            fillRecord(schema, recordType);
        }
        return mapper.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private void fillRecord(ObjectNode schema, Class<?> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record; describe it in"
                    + " HandWrittenSchemas instead");
        }
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(recordType));
        for (BeanPropertyDefinition property : description.findProperties()) {
            JavaType type = property.getPrimaryType();
            properties.set(property.getName(), schemaOf(type));
            if (type.isPrimitive()) {
                required.add(property.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    private ObjectNode schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        ObjectNode schema = mapper.createObjectNode();
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == long.class || raw == Long.class) {
            schema.put("type", "integer").put("format", "int64");
        } else if (raw == int.class || raw == Integer.class) {
            schema.put("type", "integer").put("format", "int32");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == BigDecimal.class) {
            schema.put("type", "number")
                    .put("description", "An exact decimal; requests may also send it as a string such as \"0.001\"");
        } else if (raw == Instant.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(mapper.valueToTree(constant).asText());
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array");
            schema.set("items", schemaOf(type.getContentType()));
            if (Set.class.isAssignableFrom(raw)) {
                schema.put("uniqueItems", true);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            schema.put("type", "object");
            schema.set("additionalProperties", schemaOf(type.getContentType()));
        } else if (raw.isRecord()) {
            return reference(raw);
        } else {
            throw new IllegalArgumentException("No JSON Schema mapping for " + type + "; add one to SchemaGenerator");
        }
        return schema;
    }
}
