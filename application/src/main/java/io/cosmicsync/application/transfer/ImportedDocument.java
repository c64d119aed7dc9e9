package io.cosmicsync.application.transfer;

import io.cosmicsync.domain.sync.Value;
import java.util.Map;
import java.util.Objects;

/**
 * A document to import: each top-level field becomes a field of the new document (a register).
 *
 * @param collection the collection it belongs to
 * @param id         the document id
 * @param fields     its top-level fields; a document without fields is skipped
 */
public record ImportedDocument(String collection, String id, Map<String, Value> fields) {

    public ImportedDocument {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(id, "id");
        fields = Map.copyOf(fields);
    }
}
