package io.cosmicsync.application.document.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A document's top-level fields as plain values, and the mutations that turn one such map into another:
 * a register write per changed field, a removal per dropped field, and for collaborative text fields the
 * difference between the texts as a delete and an insert.
 */
final class DocumentData {

    /** Largest JSON size of an indexed field's value, in bytes: PostgreSQL's btree holds about 2.7 kB per entry. */
    static final int MAX_INDEXED_BYTES = 2_000;
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

    private DocumentData() {
    }

    /** Throws {@link InvalidValueException} on {@code fields} unless every key is a usable top-level field name. */
    static void checkNames(Set<String> names) {
        for (String name : names) {
            if (!FIELD_NAME.matcher(name).matches()) {
                throw new InvalidValueException("fields", "'" + name + "' is not a field name: use 1 to 100 "
                        + "letters, digits or _, not starting with a digit");
            }
        }
    }

    /**
     * What the view shows as plain values: resolved fields, texts, counters (totals), lists; a field in
     * conflict shows its newest candidate (the one last-writer-wins would pick). Empty for no view.
     */
    static Map<String, Value> of(Optional<DocumentView> view) {
        Map<String, Value> data = new TreeMap<>();
        view.filter(v -> !v.deleted()).ifPresent(v -> {
            v.fields().forEach((name, resolution) -> data.put(name, resolution instanceof Resolution.Resolved r
                    ? r.value() : newest((Resolution.Conflicting) resolution)));
            v.texts().forEach((name, text) -> data.putIfAbsent(name, new Value.StringValue(text)));
            v.counters().forEach((name, total) -> data.putIfAbsent(name, new Value.LongValue(total)));
            v.lists().forEach((name, values) -> data.putIfAbsent(name, new Value.ListValue(values)));
        });
        return data;
    }

    private static Value newest(Resolution.Conflicting conflict) {
        return conflict.candidates().get(conflict.candidates().size() - 1).value();
    }

    /** {@code target} patched by {@code patch} as RFC 7396 says: null removes, objects merge recursively. */
    static Map<String, Value> mergePatch(Map<String, Value> target, Map<String, Value> patch) {
        Map<String, Value> result = new LinkedHashMap<>(target);
        patch.forEach((name, value) -> {
            if (value instanceof Value.NullValue) {
                result.remove(name);
            } else if (value instanceof Value.MapValue map) {
                Value old = result.get(name);
                Map<String, Value> base = old instanceof Value.MapValue oldMap ? oldMap.entries() : Map.of();
                result.put(name, new Value.MapValue(mergePatch(base, map.entries())));
            } else {
                result.put(name, value);
            }
        });
        return result;
    }

    /** Violations of the node's own rules: text fields hold strings, indexed values fit an index entry. */
    static List<Outcome.Violation> ruleViolations(Map<String, Value> data, Set<String> texts, List<FieldPath> indexes) {
        List<Outcome.Violation> violations = new ArrayList<>();
        for (String text : texts) {
            Value value = data.get(text);
            if (value != null && !(value instanceof Value.StringValue)) {
                violations.add(new Outcome.Violation("/" + text, "is a collaborative text field: give a string"));
            }
        }
        for (FieldPath index : indexes) {
            Value value = at(data, index);
            if (value != null && jsonBytes(value) > MAX_INDEXED_BYTES) {
                violations.add(new Outcome.Violation("/" + index.value().replace('.', '/'), "is indexed, so its "
                        + "value must stay under " + MAX_INDEXED_BYTES + " bytes of JSON"));
            }
        }
        return violations;
    }

    private static Value at(Map<String, Value> data, FieldPath path) {
        Value value = new Value.MapValue(data);
        for (String segment : path.segments()) {
            if (!(value instanceof Value.MapValue map) || (value = map.entries().get(segment)) == null) {
                return null;
            }
        }
        return value;
    }

    /** An upper bound of the value's size as JSON, in bytes. */
    private static long jsonBytes(Value value) {
        if (value instanceof Value.StringValue s) {
            return 2 + 6L * s.value().length();
        }
        if (value instanceof Value.ListValue l) {
            return 2 + l.values().stream().mapToLong(v -> 1 + jsonBytes(v)).sum();
        }
        if (value instanceof Value.MapValue m) {
            return 2 + m.entries().entrySet().stream().mapToLong(e -> 4 + e.getKey().getBytes(StandardCharsets.UTF_8)
                    .length + jsonBytes(e.getValue())).sum();
        }
        return 24;
    }

    /** The mutations that turn {@code before} into {@code after}; fields in {@code texts} are edited as text. */
    static List<Mutation> mutations(Map<String, Value> before, Map<String, Value> after, Set<String> texts) {
        List<Mutation> mutations = new ArrayList<>();
        after.forEach((name, value) -> {
            if (texts.contains(name) && value instanceof Value.StringValue now) {
                textDiff(name, text(before.get(name)), now.value(), mutations);
            } else if (!value.equals(before.get(name))) {
                mutations.add(new Mutation.SetField(name, value));
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> {
            if (texts.contains(name)) {
                textDiff(name, text(before.get(name)), "", mutations);
            } else {
                mutations.add(new Mutation.RemoveField(name));
            }
        });
        return mutations;
    }

    private static String text(Value value) {
        return value instanceof Value.StringValue s ? s.value() : "";
    }

    /** Delete the changed middle of {@code old}, insert that of {@code now}: common prefix and suffix kept. */
    static void textDiff(String field, String old, String now, List<Mutation> into) {
        int[] a = old.codePoints().toArray();
        int[] b = now.codePoints().toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        int deleted = a.length - prefix - suffix;
        if (deleted > 0) {
            into.add(new Mutation.DeleteText(field, prefix, deleted));
        }
        if (b.length - prefix - suffix > 0) {
            into.add(new Mutation.InsertText(field, prefix, new String(b, prefix, b.length - prefix - suffix)));
        }
    }
}
