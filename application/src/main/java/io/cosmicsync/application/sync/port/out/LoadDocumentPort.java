package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Loads a replicated document (its full CRDT state, tombstones included); empty when never seen. */
public interface LoadDocumentPort {

    Optional<Document> loadDocument(DocumentRef ref);

    /**
     * The stored documents among {@code refs}, by ref; refs never seen are absent. Stores answer in one read
     * (a batch of remote changes loads every document it touches at once); this default asks one by one.
     */
    default Map<DocumentRef, Document> loadDocuments(Collection<DocumentRef> refs) {
        Map<DocumentRef, Document> found = new HashMap<>();
        for (DocumentRef ref : refs) {
            loadDocument(ref).ifPresent(document -> found.put(ref, document));
        }
        return found;
    }
}
