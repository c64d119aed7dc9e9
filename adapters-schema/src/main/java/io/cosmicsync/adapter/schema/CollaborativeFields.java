package io.cosmicsync.adapter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import io.cosmicsync.application.document.port.out.CheckDocumentPort;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the collaborative text declarations of a collection schema: a top-level property with
 * {@code "type": "string"} and {@code "x-collaborative": true} is edited as a sequence CRDT rather than
 * overwritten. The keyword anywhere else, or with another value than a boolean, is a problem of the schema.
 */
final class CollaborativeFields {

    private static final String KEYWORD = CheckDocumentPort.COLLABORATIVE_KEYWORD;

    private CollaborativeFields() {
    }

    /** A draft 2020-12 schema factory that knows the keyword as an annotation (not logged as unknown). */
    static JsonSchemaFactory schemaFactory() {
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                        .keyword(new NonValidationKeyword(KEYWORD)).build())
                .build();
    }

    /** The top-level properties declared collaborative. */
    static Set<String> of(JsonNode schema) {
        Set<String> fields = new TreeSet<>();
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().path(KEYWORD).asBoolean(false)) {
                fields.add(property.getKey());
            }
        }
        return fields;
    }

    /** Adds to {@code problems} each misuse of the keyword in {@code schema}. */
    static void check(JsonNode schema, List<String> problems) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode declared = property.getValue().get(KEYWORD);
            if (declared != null && (!declared.isBoolean()
                    || declared.asBoolean() && !"string".equals(property.getValue().path("type").asText(null)))) {
                problems.add("property '" + property.getKey() + "': " + KEYWORD + " must be true or false, and true "
                        + "only on a property with \"type\": \"string\"");
            }
        }
        nested(schema, "#", true, problems);
    }

    private static void nested(JsonNode node, String at, boolean topProperties, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean isTopProperty = topProperties && at.startsWith("#/properties/") && at.indexOf('/', 13) < 0;
                if (field.getKey().equals(KEYWORD) && !isTopProperty) {
                    problems.add(KEYWORD + " at " + at + " has no effect: only top-level properties can be "
                            + "collaborative text");
                }
                nested(field.getValue(), at + "/" + field.getKey(), topProperties, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nested(node.get(i), at + "/" + i, topProperties, problems);
            }
        }
    }
}
