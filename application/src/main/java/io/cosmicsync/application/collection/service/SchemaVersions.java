package io.cosmicsync.application.collection.service;

import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.sync.StandardResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a raw {@link CollectionDefinition} into a {@link SchemaVersion}: the schema must be usable and
 * every index and conflict policy must name a property the schema declares. Each failure is an
 * {@link InvalidValueException} naming the request field to fix.
 */
final class SchemaVersions {

    private final CheckSchemaPort checkSchema;
    private final Clock clock;

    SchemaVersions(CheckSchemaPort checkSchema, Clock clock) {
        this.checkSchema = checkSchema;
        this.clock = clock;
    }

    /** Version {@code number} of a collection, defined now. */
    SchemaVersion build(int number, CollectionDefinition definition) {
        String schema = definition.schema();
        if (schema == null || schema.isBlank()) {
            throw new InvalidValueException("schema", "must be a JSON Schema object");
        }
        if (schema.length() > SchemaVersion.MAX_SCHEMA) {
            throw new InvalidValueException("schema", "must be at most " + SchemaVersion.MAX_SCHEMA
                    + " characters of JSON");
        }
        List<String> problems = checkSchema.problemsOf(schema);
        if (!problems.isEmpty()) {
            throw new InvalidValueException("schema", String.join("; ", problems));
        }
        if (number == 1 && definition.migration() != null && !definition.migration().isBlank()) {
            throw new InvalidValueException("migration", "a first version has no older documents to migrate; "
                    + "leave it out");
        }
        return new SchemaVersion(number, schema, indexes(schema, definition.indexes()),
                policies(schema, definition.conflictPolicies()), definition.migration(), clock.instant());
    }

    private List<FieldPath> indexes(String schema, List<String> raw) {
        if (raw.size() > SchemaVersion.MAX_INDEXES) {
            throw new InvalidValueException("indexes", "must have at most " + SchemaVersion.MAX_INDEXES + " entries");
        }
        List<FieldPath> indexes = new ArrayList<>();
        for (String text : raw) {
            indexes.add(declared(schema, "indexes", FieldPath.parse("indexes", text)));
        }
        return indexes;
    }

    private Map<FieldPath, StandardResolver> policies(String schema, Map<String, String> raw) {
        if (raw.size() > SchemaVersion.MAX_POLICIES) {
            throw new InvalidValueException("conflict_policies", "must have at most " + SchemaVersion.MAX_POLICIES
                    + " entries");
        }
        Map<FieldPath, StandardResolver> policies = new LinkedHashMap<>();
        raw.forEach((field, resolver) -> policies.put(
                declared(schema, "conflict_policies", FieldPath.parse("conflict_policies", field)),
                SchemaVersion.resolver(field, resolver)));
        return policies;
    }

    private FieldPath declared(String schema, String field, FieldPath path) {
        if (!checkSchema.declares(schema, path)) {
            throw new InvalidValueException(field, "'" + path + "' is not a property the schema declares");
        }
        return path;
    }
}
