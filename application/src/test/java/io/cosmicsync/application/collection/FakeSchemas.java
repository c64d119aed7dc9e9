package io.cosmicsync.application.collection;

import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.domain.collection.FieldPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema checker that knows the schemas a test tells it about: which properties each declares, what
 * is wrong with it, and what breaks between two of them. An unknown schema is unusable, so a test cannot
 * pass by accident. The real checker (JSON Schema) is tested in its adapter.
 */
final class FakeSchemas implements CheckSchemaPort {

    private final Map<String, Set<String>> declared = new HashMap<>();
    private final Map<String, List<String>> problems = new HashMap<>();
    private final Map<List<String>, List<String>> breaking = new HashMap<>();

    /** A usable schema declaring {@code paths}. */
    FakeSchemas usable(String schema, String... paths) {
        declared.put(schema, Set.of(paths));
        return this;
    }

    /** An unusable schema. */
    FakeSchemas unusable(String schema, String... why) {
        problems.put(schema, List.of(why));
        return this;
    }

    /** Going from {@code older} to {@code newer} breaks documents, for these reasons. */
    FakeSchemas breaks(String older, String newer, String... why) {
        breaking.put(List.of(older, newer), List.of(why));
        return this;
    }

    @Override
    public List<String> problemsOf(String schema) {
        if (problems.containsKey(schema)) {
            return problems.get(schema);
        }
        return declared.containsKey(schema) ? List.of() : List.of("unknown to the fake");
    }

    @Override
    public boolean declares(String schema, FieldPath path) {
        return declared.getOrDefault(schema, Set.of()).contains(path.value());
    }

    @Override
    public List<String> breakingChanges(String older, String newer) {
        return breaking.getOrDefault(List.of(older, newer), List.of());
    }
}
