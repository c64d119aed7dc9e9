package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.Hlc;
import java.util.Collection;
import java.util.Objects;

/**
 * Stores documents' full CRDT state, replacing the previous one, with the HLC of the newest change applied to each
 * (a store keeps the newer of that and the one it holds); called inside a
 * {@link io.cosmicsync.application.common.port.out.TransactionPort} unit.
 */
public interface SaveDocumentPort {

    /**
     * A document to store and the HLC of the newest change applied to it.
     *
     * @param changedAt the newest HLC among the changes applied to {@code document} since it was loaded
     */
    record ChangedDocument(Document document, Hlc changedAt) {
        public ChangedDocument {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    void saveDocument(ChangedDocument document);

    /** Stores each of {@code documents} as {@link #saveDocument} does; stores write them in one round trip. */
    default void saveDocuments(Collection<ChangedDocument> documents) {
        documents.forEach(this::saveDocument);
    }
}
