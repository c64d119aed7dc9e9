package io.cosmicsync.adapter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Navigates one parsed, self-contained schema: follows its local references ({@code "$ref": "#/..."},
 * JSON Pointers into the same document) and finds the schema of a nested property.
 */
final class SchemaTree {

    /** References followed in a row before giving up, so that a reference cycle cannot loop. */
    private static final int MAX_HOPS = 32;

    private final JsonNode root;

    SchemaTree(JsonNode root) {
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    /** {@code node} with local {@code $ref}s followed; a missing node when one leads nowhere or loops. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            JsonNode ref = current.get("$ref");
            if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
                return current;
            }
            current = root.at(ref.asText().substring(1));
            if (current.isMissingNode()) {
                return current;
            }
        }
        return MissingNode.getInstance();
    }

    /** The schema of property {@code name} of the object schema {@code node}, resolved; missing when undeclared. */
    JsonNode property(JsonNode node, String name) {
        JsonNode properties = resolve(node).get("properties");
        if (properties == null || !properties.isObject() || !properties.has(name)) {
            return MissingNode.getInstance();
        }
        return resolve(properties.get(name));
    }
}
