package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import java.util.Optional;

/** Loads a replicated document (its full CRDT state, tombstones included); empty when never seen. */
public interface LoadDocumentPort {

    Optional<Document> loadDocument(DocumentRef ref);
}
