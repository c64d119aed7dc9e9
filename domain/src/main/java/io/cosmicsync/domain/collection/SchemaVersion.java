package io.cosmicsync.domain.collection;

import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.common.Texts;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.ConflictResolver;
import io.cosmicsync.domain.sync.StandardResolver;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One version of a collection's definition: the JSON Schema its documents follow, the fields indexed for
 * queries, and the conflict resolver of each field whose concurrent writes should not simply be
 * last-writer-wins. Immutable: a change of definition is a new version.
 *
 * <p>That {@code schema} is a valid JSON Schema, and that indexes and policies name fields it declares, is
 * checked by the application through its schema port; here only sizes and shapes are checked.
 *
 * @param version          1 for the first definition, then counting up by one
 * @param schema           the JSON Schema (draft 2020-12) as JSON text, at most {@value #MAX_SCHEMA} characters
 * @param indexes          indexed fields, distinct, at most {@value #MAX_INDEXES}
 * @param conflictPolicies resolver per field, at most {@value #MAX_POLICIES}; other fields use last-writer-wins
 * @param migration        how documents of older versions are carried over when this version breaks them
 *                         (at most {@value #MAX_MIGRATION} characters); empty when the change is compatible
 * @param createdAt        when this version was defined
 */
public record SchemaVersion(int version, String schema, List<FieldPath> indexes,
                            Map<FieldPath, StandardResolver> conflictPolicies, String migration,
                            Instant createdAt) {

    public static final int MAX_SCHEMA = 65_536;
    public static final int MAX_INDEXES = 16;
    public static final int MAX_POLICIES = 64;
    public static final int MAX_MIGRATION = 2_000;

    public SchemaVersion {
        if (version < 1) {
            throw new IllegalArgumentException("schema versions count from 1, not " + version);
        }
        if (schema == null || schema.isBlank()) {
            throw new InvalidValueException("schema", "must be a JSON Schema object");
        }
        if (schema.length() > MAX_SCHEMA) {
            throw new InvalidValueException("schema", "must be at most " + MAX_SCHEMA + " characters of JSON");
        }
        indexes = List.copyOf(indexes);
        if (indexes.size() > MAX_INDEXES) {
            throw new InvalidValueException("indexes", "must have at most " + MAX_INDEXES + " entries");
        }
        if (new HashSet<>(indexes).size() != indexes.size()) {
            throw new InvalidValueException("indexes", "must not name a field twice");
        }
        if (conflictPolicies.size() > MAX_POLICIES) {
            throw new InvalidValueException("conflict_policies", "must have at most " + MAX_POLICIES + " entries");
        }
        conflictPolicies = Map.copyOf(conflictPolicies);
        migration = Texts.optionalText("migration", migration, MAX_MIGRATION);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether this version declares how older documents are carried over (and so may break them). */
    public boolean declaresMigration() {
        return !migration.isEmpty();
    }

    /** The sync core's view: the configured resolver per field, last-writer-wins elsewhere. */
    public ConflictPolicy conflictPolicy() {
        Map<String, ConflictResolver> byField = new LinkedHashMap<>();
        conflictPolicies.forEach((field, resolver) -> byField.put(field.value(), resolver));
        return new ConflictPolicy(byField, StandardResolver.LAST_WRITER_WINS);
    }

    /** The API spelling of a resolver: its name in lower case, e.g. {@code keep_maximum}. */
    public static String token(StandardResolver resolver) {
        return resolver.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the API spelling of a resolver.
     *
     * @throws InvalidValueException on {@code conflict_policies} naming the resolvers there are
     */
    public static StandardResolver resolver(String field, String text) {
        return Arrays.stream(StandardResolver.values()).filter(r -> token(r).equals(text)).findFirst()
                .orElseThrow(() -> new InvalidValueException("conflict_policies", "field " + field + ": '" + text
                        + "' is not a resolver; use one of " + Arrays.stream(StandardResolver.values())
                        .map(SchemaVersion::token).collect(Collectors.joining(", "))));
    }
}
