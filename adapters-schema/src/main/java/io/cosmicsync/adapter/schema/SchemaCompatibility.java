package io.cosmicsync.adapter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a new version of a collection schema still accepts the documents the old one accepted,
 * comparing the two trees property by property (through local {@code $ref}s). The rules, from issue 5:
 *
 * <ul>
 *   <li>compatible: adding an optional property, dropping a constraint, widening a type
 *       ({@code integer} to {@code number}, adding types), widening an enum, loosening a limit, changing
 *       annotations ({@code title}, {@code description}, {@code default}, {@code examples}, ...);</li>
 *   <li>breaking: removing a property, making one required, narrowing its type or enum, adding or changing
 *       a {@code const}, tightening a limit ({@code maxLength} down, {@code minimum} up, ...), forbidding
 *       undeclared properties;</li>
 *   <li>breaking because not provable: adding or changing any other assertion ({@code pattern},
 *       {@code format}, {@code multipleOf}, {@code allOf}, {@code oneOf}, ...).</li>
 * </ul>
 *
 * Like the issue, this treats the declared properties as the documents' shape: an added optional property
 * counts as compatible even where the old schema let undeclared properties through.
 */
final class SchemaCompatibility {

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "examples",
            "$comment", "deprecated", "readOnly", "writeOnly", "$defs", "$schema", "$anchor", "contentMediaType",
            "contentEncoding");
    private static final Set<String> HANDLED = Set.of("type", "properties", "required", "additionalProperties",
            "items", "enum", "const", "$ref");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minimum", "exclusiveMinimum", "minItems",
            "minProperties");
    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
            "maxProperties");
    /** How deep nested schemas are compared; a deeper schema is compared as "changed" below that. */
    private static final int MAX_DEPTH = 64;

    private final SchemaTree older;
    private final SchemaTree newer;
    private final List<String> reasons = new ArrayList<>();

    SchemaCompatibility(SchemaTree older, SchemaTree newer) {
        this.older = older;
        this.newer = newer;
    }

    /** One sentence per breaking change, naming where; empty when the new version accepts all old documents. */
    List<String> breakingChanges() {
        compare("", older.root(), newer.root(), 0);
        return List.copyOf(reasons);
    }

    /** Compares the schemas at {@code path}: "" for the document, {@code a.b} for properties, {@code a[]} for items. */
    private void compare(String path, JsonNode oldNode, JsonNode newNode, int depth) {
        String where = describe(path);
        JsonNode before = older.resolve(oldNode);
        JsonNode after = newer.resolve(newNode);
        if (depth > MAX_DEPTH) {
            if (!before.equals(after)) {
                reasons.add(where + " changed below the depth this check follows");
            }
            return;
        }
        if (after.isBoolean() || before.isBoolean()) {
            if (after.isBoolean() && !after.asBoolean() && !(before.isBoolean() && !before.asBoolean())) {
                reasons.add(where + " is no longer allowed at all");
            }
            return;
        }
        compareTypes(where, before, after);
        compareProperties(path, before, after, depth);
        compareRequired(path, before, after);
        compareAdditional(path, before, after, depth);
        if (after.has("items")) {
            compare(path + "[]", before.has("items") ? before.get("items") : emptySchema(), after.get("items"),
                    depth + 1);
        }
        compareEnum(where, before, after);
        if (after.has("const") && !after.get("const").equals(before.get("const"))) {
            reasons.add(where + " must now be exactly " + after.get("const"));
        }
        compareBounds(where, before, after);
        compareOtherAssertions(where, before, after);
    }

    private void compareTypes(String where, JsonNode before, JsonNode after) {
        Set<String> newTypes = types(after);
        if (newTypes.isEmpty()) {
            return;
        }
        Set<String> oldTypes = types(before);
        if (oldTypes.isEmpty()) {
            reasons.add(where + " is now restricted to type " + String.join(" or ", newTypes));
            return;
        }
        for (String type : oldTypes) {
            boolean covered = newTypes.contains(type) || (type.equals("integer") && newTypes.contains("number"));
            if (!covered) {
                reasons.add(where + " may no longer be of type " + type + " (now " + String.join(" or ", newTypes)
                        + ")");
            }
        }
    }

    private void compareProperties(String path, JsonNode before, JsonNode after, int depth) {
        JsonNode oldProperties = before.path("properties");
        JsonNode newProperties = after.path("properties");
        for (Iterator<String> names = oldProperties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!newProperties.has(name)) {
                reasons.add(describe(child(path, name)) + " was removed");
            } else {
                compare(child(path, name), oldProperties.get(name), newProperties.get(name), depth + 1);
            }
        }
    }

    private void compareRequired(String path, JsonNode before, JsonNode after) {
        Set<String> wasRequired = strings(before.path("required"));
        for (String name : new TreeSet<>(strings(after.path("required")))) {
            if (!wasRequired.contains(name)) {
                reasons.add(describe(child(path, name)) + " became required");
            }
        }
    }

    private void compareAdditional(String path, JsonNode before, JsonNode after, int depth) {
        String where = describe(path);
        JsonNode newAdditional = after.get("additionalProperties");
        if (newAdditional == null) {
            return;
        }
        JsonNode oldAdditional = before.has("additionalProperties") ? before.get("additionalProperties") : emptySchema();
        if (newAdditional.isBoolean() && !newAdditional.asBoolean()) {
            if (!(oldAdditional.isBoolean() && !oldAdditional.asBoolean())) {
                reasons.add(where + " no longer allows undeclared properties");
            }
            return;
        }
        compare(child(path, "*"), oldAdditional, newAdditional, depth + 1);
    }

    private void compareEnum(String where, JsonNode before, JsonNode after) {
        JsonNode newEnum = after.get("enum");
        if (newEnum == null) {
            return;
        }
        JsonNode oldEnum = before.get("enum");
        if (oldEnum == null) {
            reasons.add(where + " is now limited to the values " + newEnum);
            return;
        }
        Set<JsonNode> allowed = new HashSet<>();
        newEnum.forEach(allowed::add);
        for (JsonNode value : oldEnum) {
            if (!allowed.contains(value)) {
                reasons.add(where + " no longer allows the value " + value);
            }
        }
    }

    private void compareBounds(String where, JsonNode before, JsonNode after) {
        for (String keyword : LOWER_BOUNDS) {
            JsonNode bound = after.get(keyword);
            if (bound != null && bound.isNumber() && !(before.path(keyword).isNumber()
                    && before.get(keyword).decimalValue().compareTo(bound.decimalValue()) >= 0)) {
                reasons.add(where + " has a higher " + keyword + " (" + bound + ")");
            }
        }
        for (String keyword : UPPER_BOUNDS) {
            JsonNode bound = after.get(keyword);
            if (bound != null && bound.isNumber() && !(before.path(keyword).isNumber()
                    && before.get(keyword).decimalValue().compareTo(bound.decimalValue()) <= 0)) {
                reasons.add(where + " has a lower " + keyword + " (" + bound + ")");
            }
        }
    }

    private void compareOtherAssertions(String where, JsonNode before, JsonNode after) {
        for (Iterator<String> keywords = after.fieldNames(); keywords.hasNext(); ) {
            String keyword = keywords.next();
            if (ANNOTATIONS.contains(keyword) || HANDLED.contains(keyword) || LOWER_BOUNDS.contains(keyword)
                    || UPPER_BOUNDS.contains(keyword)) {
                continue;
            }
            if (!after.get(keyword).equals(before.get(keyword))) {
                reasons.add(where + " has a new or changed '" + keyword + "', which older documents may not meet");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> types = new TreeSet<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** How a reason names a place: the document, or a property path ({@code *} = any undeclared property). */
    private static String describe(String path) {
        return path.isEmpty() ? "the document" : "property '" + path + "'";
    }

    private static JsonNode emptySchema() {
        return JsonNodeFactory.instance.objectNode();
    }
}
