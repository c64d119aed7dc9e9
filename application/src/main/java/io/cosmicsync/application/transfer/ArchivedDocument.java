package io.cosmicsync.application.transfer;

import java.util.Objects;

/**
 * A live (not deleted) document as exported: its current JSON (see docs/sync-core.md, {@code data}).
 *
 * @param collection the collection it belongs to
 * @param id         the document id
 * @param dataJson   its JSON object as text
 */
public record ArchivedDocument(String collection, String id, String dataJson) {

    public ArchivedDocument {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataJson, "dataJson");
    }
}
