package io.cosmicsync.adapter.web.rest.collection;

import io.cosmicsync.domain.common.InvalidValueException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Converts collection schemas between the JSON value an app sends or receives ({@code "schema": {...}})
 * and the text the application keeps.
 */
@Singleton
public final class SchemaJson {

    private final JsonMapper json;

    public SchemaJson(JsonMapper json) {
        this.json = json;
    }

    /** The JSON text of a schema from a request; 400 on {@code schema} when it cannot be written. */
    String text(JsonNode schema) {
        try {
            return json.writeValueAsString(schema);
        } catch (IOException e) {
            throw new InvalidValueException("schema", "cannot be read as JSON: " + e.getMessage());
        }
    }

    /** The JSON value of a stored schema, for a response. */
    JsonNode value(String schema) {
        try {
            return json.readValue(schema, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored schema is not JSON", e);
        }
    }
}
