package io.cosmicsync.application.collection.port.in;

import java.util.List;
import java.util.Map;

/**
 * A collection definition as an API receives it, unvalidated.
 *
 * @param schema           a JSON Schema (draft 2020-12) for the documents, as JSON text
 * @param indexes          field paths to index, e.g. {@code ["title", "address.city"]}; null for none
 * @param conflictPolicies field path to resolver ({@code last_writer_wins}, {@code keep_maximum},
 *                         {@code union_of_sets}, {@code keep_both}); null for none
 * @param migration        for a new version that would break older documents: how they are carried over;
 *                         null or empty otherwise (the first version has none)
 */
public record CollectionDefinition(String schema, List<String> indexes, Map<String, String> conflictPolicies,
                                   String migration) {

    public CollectionDefinition {
        indexes = indexes == null ? List.of() : indexes;
        conflictPolicies = conflictPolicies == null ? Map.of() : conflictPolicies;
    }
}
