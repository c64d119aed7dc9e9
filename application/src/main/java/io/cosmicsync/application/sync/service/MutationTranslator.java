package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;

/** Turns app-level {@link Mutation}s into {@link Operation}s against a document's current state. */
final class MutationTranslator {
    private MutationTranslator() {
    }

    /** The operation for {@code m}; the caller applies it to {@code doc} before translating the next one. */
    static Operation toOperation(Document doc, Mutation m, PeerId self) {
        DocumentRef ref = doc.ref();
        if (m instanceof Mutation.SetField s) {
            return new Operation.SetField(ref, s.field(), s.value(), doc.liveStamps(s.field()));
        } else if (m instanceof Mutation.RemoveField r) {
            return new Operation.RemoveField(ref, r.field(), doc.liveStamps(r.field()));
        } else if (m instanceof Mutation.DeleteDocument) {
            return new Operation.DeleteDocument(ref);
        } else if (m instanceof Mutation.IncrementCounter c) {
            return new Operation.IncrementCounter(ref, c.field(), c.delta());
        } else if (m instanceof Mutation.InsertText t) {
            return new Operation.InsertText(ref, t.field(), doc.text(t.field()).prepareInsert(self.value(), t.position(), t.text()));
        }
        if (m instanceof Mutation.DeleteText t) {
            return new Operation.DeleteText(ref, t.field(), doc.text(t.field()).prepareDelete(t.position(), t.count()));
        }
        if (m instanceof Mutation.InsertListItems l) {
            return new Operation.InsertListItems(ref, l.field(), doc.list(l.field()).prepareInsert(self, l.position(), l.values().size()), l.values());
        }
        Mutation.DeleteListItems l = (Mutation.DeleteListItems) m;
        return new Operation.DeleteListItems(ref, l.field(), doc.list(l.field()).prepareDelete(l.position(), l.count()));
    }
}
