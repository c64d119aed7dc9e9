package io.cosmicsync.adapter.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.domain.collection.FieldPath;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@link CheckSchemaPort} with networknt's json-schema-validator (draft 2020-12, meta-schema bundled in the
 * library, so nothing is fetched). A usable collection schema is a JSON object that is valid against the
 * 2020-12 meta-schema, has {@code "type": "object"} at the top, declares no {@code $id} and refers only
 * into itself ({@code $ref}/{@code $dynamicRef} starting with {@code #}), so compiling it never reaches
 * the network. Compatibility between versions is {@link SchemaCompatibility}. Thread-safe.
 */
@Singleton
public final class JsonSchemaAdapter implements CheckSchemaPort {

    /** Messages reported per schema; a hopeless schema fails on many keywords at once. */
    private static final int MAX_PROBLEMS = 10;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = CollaborativeFields.schemaFactory();
    private final JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(SchemaId.V202012));

    @Override
    public List<String> problemsOf(String schema) {
        JsonNode node;
        try {
            node = json.readTree(schema);
        } catch (JsonProcessingException e) {
            return List.of("is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return List.of("must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : metaSchema.validate(node)) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add("is not a valid JSON Schema (draft 2020-12): " + message.getMessage());
            }
        }
        if (!"object".equals(node.path("type").asText(null))) {
            problems.add("must describe documents, which are objects: set \"type\": \"object\" at the top");
        }
        selfContained(node, "#", problems);
        CollaborativeFields.check(node, problems);
        if (problems.isEmpty()) {
            compiles(node, problems);
        }
        return problems;
    }

    @Override
    public boolean declares(String schema, FieldPath path) {
        SchemaTree tree = new SchemaTree(read(schema));
        JsonNode node = tree.root();
        for (String segment : path.segments()) {
            node = tree.property(node, segment);
            if (node.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> breakingChanges(String older, String newer) {
        JsonNode before = read(older);
        JsonNode after = read(newer);
        List<String> reasons = new ArrayList<>(new SchemaCompatibility(new SchemaTree(before), new SchemaTree(after))
                .breakingChanges());
        java.util.Set<String> textsBefore = CollaborativeFields.of(before);
        java.util.Set<String> textsAfter = CollaborativeFields.of(after);
        for (String field : new java.util.TreeSet<>(textsBefore)) {
            if (!textsAfter.contains(field)) {
                reasons.add("property '" + field + "' is no longer collaborative text");
            }
        }
        return reasons;
    }

    private JsonNode read(String schema) {
        try {
            return json.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a usable schema (check problemsOf first): " + e.getMessage(), e);
        }
    }

    private static void selfContained(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (key.equals("$id")) {
                    problems.add("must not declare $id (at " + at + "): a collection schema stands alone");
                } else if ((key.equals("$ref") || key.equals("$dynamicRef"))
                        && !(field.getValue().isTextual() && field.getValue().asText().startsWith("#"))) {
                    problems.add("may refer only into itself (" + key + " at " + at + " must start with #)");
                }
                selfContained(field.getValue(), at + "/" + key, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                selfContained(node.get(i), at + "/" + i, problems);
            }
        }
    }

    private void compiles(JsonNode node, List<String> problems) {
        try {
            factory.getSchema(node).initializeValidators();
        } catch (JsonSchemaException | IllegalArgumentException e) {
            problems.add("cannot be compiled: " + e.getMessage());
        }
    }
}
