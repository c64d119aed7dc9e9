package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Document;
import java.util.Collection;

/** Stores a document's full CRDT state, replacing the previous one; called inside a {@link io.cosmicsync.application.common.port.out.TransactionPort} unit. */
public interface SaveDocumentPort {

    void saveDocument(Document document);

    /** Stores each of {@code documents} as {@link #saveDocument} does; stores write them in one round trip. */
    default void saveDocuments(Collection<Document> documents) {
        documents.forEach(this::saveDocument);
    }
}
