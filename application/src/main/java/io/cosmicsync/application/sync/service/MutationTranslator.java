package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns app-level {@link Mutation}s into {@link Operation}s against a document's current state. */
final class MutationTranslator {
    private MutationTranslator() {
    }

    /**
     * Why the mutations cannot apply in order (a bad field name, a text or list range out of bounds,
     * malformed text), or empty when they can: checked before anything is applied.
     */
    static Optional<String> check(Document doc, Iterable<Mutation> mutations) {
        Map<String, Long> lengths = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        for (Mutation m : mutations) {
            Optional<String> badField = checkField(m);
            if (badField.isPresent()) {
                return badField;
            }
            if (m instanceof Mutation.InsertListItems l) {
                long size = sizes.computeIfAbsent(l.field(), f -> (long) doc.list(f).size());
                if (l.position() < 0 || l.position() > size || l.values().isEmpty()) {
                    return Optional.of("cannot insert " + l.values().size() + " items at " + l.position() + " into list '" + l.field() + "' of size " + size);
                }
                sizes.put(l.field(), size + l.values().size());
            } else if (m instanceof Mutation.DeleteListItems l) {
                long size = sizes.computeIfAbsent(l.field(), f -> (long) doc.list(f).size());
                if (l.position() < 0 || l.count() < 1 || (long) l.position() + l.count() > size) {
                    return Optional.of("cannot delete [" + l.position() + ", +" + l.count() + ") from list '" + l.field() + "' of size " + size);
                }
                sizes.put(l.field(), size - l.count());
            }
            if (m instanceof Mutation.InsertText t) {
                long len = lengths.computeIfAbsent(t.field(), f -> (long) doc.text(f).length());
                if (t.position() < 0 || t.position() > len || t.text().isEmpty() || !BinaryWriter.isWellFormed(t.text())) {
                    return Optional.of("cannot insert a non-empty, valid Unicode text at " + t.position() + " into '" + t.field() + "' of length " + len);
                }
                lengths.put(t.field(), len + t.text().codePointCount(0, t.text().length()));
            } else if (m instanceof Mutation.DeleteText t) {
                long len = lengths.computeIfAbsent(t.field(), f -> (long) doc.text(f).length());
                if (t.position() < 0 || t.count() < 1 || (long) t.position() + t.count() > len) {
                    return Optional.of("cannot delete [" + t.position() + ", +" + t.count() + ") from '" + t.field() + "' of length " + len);
                }
                lengths.put(t.field(), len - t.count());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkField(Mutation m) {
        String field = m instanceof Mutation.SetField x ? x.field() : m instanceof Mutation.RemoveField x ? x.field()
                : m instanceof Mutation.IncrementCounter x ? x.field() : m instanceof Mutation.InsertText x ? x.field()
                : m instanceof Mutation.DeleteText x ? x.field() : m instanceof Mutation.InsertListItems x ? x.field()
                : m instanceof Mutation.DeleteListItems x ? x.field() : "document";
        if (field == null || field.isBlank() || field.length() > 200 || !BinaryWriter.isWellFormed(field)) {
            return Optional.of("a field name must be non-blank valid Unicode of at most 200 chars");
        }
        if (m instanceof Mutation.SetField s && s.value() == null) {
            return Optional.of("set needs a value; use NullValue for null");
        }
        return Optional.empty();
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
