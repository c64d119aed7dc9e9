package io.cosmicsync.adapter.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.ValidationMessage;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.out.CheckDocumentPort;
import io.cosmicsync.domain.sync.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CheckDocumentPort} with networknt's json-schema-validator (draft 2020-12). Compiled schemas are
 * kept by their text (at most {@value #CACHED_SCHEMAS}; the cache is emptied when full), so a write costs
 * one validation, not a compilation. Violations name the JSON pointer of the offending value. Thread-safe.
 */
@Singleton
public final class JsonDocumentAdapter implements CheckDocumentPort {

    private static final int CACHED_SCHEMAS = 256;
    private static final int MAX_VIOLATIONS = 20;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = CollaborativeFields.schemaFactory();
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    @Override
    public List<Outcome.Violation> violations(String schema, Map<String, Value> document) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        document.forEach((name, value) -> node.set(name, node(value)));
        List<Outcome.Violation> violations = new ArrayList<>();
        for (ValidationMessage message : compile(schema).validate(node)) {
            if (violations.size() == MAX_VIOLATIONS) {
                break;
            }
            String at = message.getInstanceLocation().toString();
            String error = message.getError() == null ? message.getMessage() : message.getError();
            violations.add(new Outcome.Violation(at, error.startsWith(at + ": ") ? error.substring(at.length() + 2)
                    : error));
        }
        return violations;
    }

    @Override
    public Set<String> collaborativeTextFields(String schema) {
        return CollaborativeFields.of(compile(schema).getSchemaNode());
    }

    private JsonSchema compile(String schema) {
        JsonSchema found = compiled.get(schema);
        if (found != null) {
            return found;
        }
        if (compiled.size() >= CACHED_SCHEMAS) {
            compiled.clear();
        }
        try {
            JsonSchema fresh = factory.getSchema(json.readTree(schema), config);
            compiled.put(schema, fresh);
            return fresh;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored collection schema is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode node(Value value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Value.NullValue) {
            return nodes.nullNode();
        } else if (value instanceof Value.BooleanValue b) {
            return nodes.booleanNode(b.value());
        } else if (value instanceof Value.LongValue l) {
            return nodes.numberNode(l.value());
        } else if (value instanceof Value.DoubleValue d) {
            return nodes.numberNode(d.value());
        } else if (value instanceof Value.StringValue s) {
            return nodes.textNode(s.value());
        } else if (value instanceof Value.ListValue l) {
            ArrayNode array = nodes.arrayNode();
            l.values().forEach(v -> array.add(node(v)));
            return array;
        }
        ObjectNode object = nodes.objectNode();
        ((Value.MapValue) value).entries().forEach((name, v) -> object.set(name, node(v)));
        return object;
    }
}
