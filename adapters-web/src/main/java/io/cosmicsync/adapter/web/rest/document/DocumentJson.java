package io.cosmicsync.adapter.web.rest.document;

import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the JSON an app sends or receives and the application's values: JSON numbers
 * without fraction or exponent that fit 64 bits become integers, other numbers doubles; stored documents
 * (JSON text) become JSON values for responses.
 */
@Singleton
public final class DocumentJson {

    /** Longest {@code filter} query parameter accepted, in characters. */
    static final int MAX_FILTER_CHARS = 16_384;

    private final JsonMapper json;

    public DocumentJson(JsonMapper json) {
        this.json = json;
    }

    /** The top-level fields of a request body; 400 on {@code field} unless it is a JSON object. */
    public Map<String, Value> fields(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            throw new InvalidValueException(field, "must be a JSON object");
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            fields.put(entry.getKey(), value(entry.getValue(), field));
        }
        return fields;
    }

    /** The value of a JSON node; 400 on {@code field} for a number out of range. */
    Value value(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return new Value.NullValue();
        } else if (node.isBoolean()) {
            return new Value.BooleanValue(node.getBooleanValue());
        } else if (node.isString()) {
            try {
                return new Value.StringValue(node.getStringValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(field, "holds a string with an unpaired surrogate");
            }
        } else if (node.isNumber()) {
            return number(node.getNumberValue(), field);
        } else if (node.isArray()) {
            List<Value> values = new ArrayList<>();
            node.values().forEach(item -> values.add(value(item, field)));
            return new Value.ListValue(values);
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            entries.put(entry.getKey(), value(entry.getValue(), field));
        }
        return new Value.MapValue(entries);
    }

    private static Value number(Number number, String field) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return new Value.LongValue(number.longValue());
        }
        if (number instanceof BigInteger big) {
            if (big.bitLength() < 64) {
                return new Value.LongValue(big.longValue());
            }
            throw new InvalidValueException(field, "holds an integer beyond 64 bits (" + big + ")");
        }
        double value = number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, "holds a number beyond the range of a double");
        }
        return new Value.DoubleValue(value);
    }

    /** The JSON filter of a query parameter; 400 on {@code filter} when it is not JSON. */
    Value filter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_FILTER_CHARS) {
            throw new InvalidValueException("filter", "must be at most " + MAX_FILTER_CHARS + " characters");
        }
        try {
            return value(json.readValue(text, JsonNode.class), "filter");
        } catch (IOException e) {
            throw new InvalidValueException("filter", "is not JSON: write it like {\"status\": \"open\"}");
        }
    }

    /** A stored document's JSON as a value for a response. */
    JsonNode tree(StoredDocument document) {
        try {
            return json.readValue(document.json(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored document JSON is unreadable", e);
        }
    }
}
