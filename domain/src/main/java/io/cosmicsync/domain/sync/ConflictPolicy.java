package io.cosmicsync.domain.sync;

import java.util.Map;

/**
 * Which {@link ConflictResolver} each field of a collection uses; fields not listed use the default
 * (normally {@link StandardResolver#LAST_WRITER_WINS}). Every replica of a scope must use the same
 * policy for the results to agree.
 *
 * @param byField  resolver per field name
 * @param fallback resolver for the other fields
 */
public record ConflictPolicy(Map<String, ConflictResolver> byField, ConflictResolver fallback) {

    public ConflictPolicy {
        byField = Map.copyOf(byField);
        if (fallback == null) {
            throw new IllegalArgumentException("a policy needs a fallback resolver");
        }
    }

    /** Last-writer-wins everywhere. */
    public static ConflictPolicy lastWriterWins() {
        return new ConflictPolicy(Map.of(), StandardResolver.LAST_WRITER_WINS);
    }

    public ConflictResolver resolverFor(String field) {
        return byField.getOrDefault(field, fallback);
    }
}
