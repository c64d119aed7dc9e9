package io.cosmicsync.application.document.query;

import java.util.Objects;

/**
 * A document as stored for reading: its id and its materialized JSON object (docs/sync-core.md: a field's
 * resolved value, a collaborative text as a string, a field in conflict under keep-both as
 * {@code {"$conflict": [...]}}), possibly cut down to the fields a query asked for.
 *
 * @param id   the document id
 * @param json the JSON object, as text
 */
public record StoredDocument(String id, String json) {

    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }
}
