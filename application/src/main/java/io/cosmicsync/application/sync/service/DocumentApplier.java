package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies changes, in causal order, to the documents they touch and appends them to the log: the documents are loaded
 * once, saved once and the changes appended in one call, however many changes there are. Runs inside the caller's
 * transaction.
 */
final class DocumentApplier {
    private final SyncStorePorts store;

    DocumentApplier(SyncStorePorts store) {
        this.store = store;
    }

    /**
     * @param changes    ready to apply (their dependencies applied), in order; nothing happens when empty
     * @param signatures each change's author signature, appended with it
     */
    void apply(List<Change> changes, Map<ChangeId, byte[]> signatures) {
        if (changes.isEmpty()) {
            return;
        }
        Set<DocumentRef> touched = new LinkedHashSet<>();
        changes.forEach(change -> change.operations().forEach(op -> touched.add(op.document())));
        Map<DocumentRef, Document> docs = new HashMap<>(store.loadDocument().loadDocuments(touched));
        Map<DocumentRef, Hlc> changedAt = new HashMap<>();
        for (Change change : changes) {
            for (Operation op : change.operations()) {
                docs.computeIfAbsent(op.document(), Document::create).apply(op, change.stamp());
                changedAt.merge(op.document(), change.hlc(), Hlc::max);
            }
        }
        store.saveDocument().saveDocuments(docs.values().stream()
                .map(doc -> new SaveDocumentPort.ChangedDocument(doc, changedAt.get(doc.ref()))).toList());
        store.appendChanges().appendChanges(changes, signatures);
    }
}
