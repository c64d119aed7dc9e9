package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Document;

/** Stores a document's full CRDT state, replacing the previous one; called inside a {@link io.cosmicsync.application.common.port.out.TransactionPort} unit. */
public interface SaveDocumentPort {

    void saveDocument(Document document);
}
