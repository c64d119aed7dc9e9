package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.encoding.BinaryWriter;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.Value;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks local {@link Mutation}s against a document before any is applied, so a refusal changes nothing. */
final class MutationCheck {
    private static final ChangeCodec.Limits LIMITS = ChangeCodec.Limits.DEFAULT;
    /** Room kept for the change header: author, HLC and dependencies. */
    private static final int HEADER_BYTES = 1 << 16;

    private MutationCheck() {
    }

    /**
     * Why the mutations cannot apply in order (a bad field name, a text or list range out of bounds,
     * malformed text, a change peers could not decode under {@link ChangeCodec.Limits#DEFAULT}), or empty
     * when they can: checked before anything is applied.
     */
    static Optional<String> check(Document doc, List<Mutation> mutations) {
        if (mutations.size() > ChangeCodec.MAX_OPERATIONS) {
            return Optional.of("a change holds at most " + ChangeCodec.MAX_OPERATIONS + " operations");
        }
        Map<String, Long> lengths = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        long budget = LIMITS.maxBytes() - HEADER_BYTES;
        for (Mutation m : mutations) {
            Optional<String> badField = checkField(m);
            if (badField.isPresent()) {
                return badField;
            }
            long bytes = payloadBytes(doc, m);
            if (bytes < 0) {
                return Optional.of("a value or text is too large or too deeply nested for peers to accept (limits: "
                        + LIMITS.maxStringBytes() + " bytes per string, depth " + LIMITS.maxDepth() + ")");
            }
            budget -= bytes;
            if (budget < 0) {
                return Optional.of("the change would exceed " + LIMITS.maxBytes() + " bytes; split the mutations");
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

    /** Upper bound of the bytes {@code m} adds to the change, or -1 if a peer would reject part of it. */
    private static long payloadBytes(Document doc, Mutation m) {
        long ref = 16 + utf8(doc.ref().scope()) + utf8(doc.ref().collection()) + utf8(doc.ref().id()) + 800;
        if (m instanceof Mutation.SetField s) {
            int v = ChangeCodec.encodedSizeWithin(s.value(), LIMITS);
            return v < 0 ? -1 : ref + v + 40L * doc.liveStamps(s.field()).size();
        } else if (m instanceof Mutation.InsertText t) {
            int b = utf8(t.text());
            return b > LIMITS.maxStringBytes() ? -1 : ref + b;
        } else if (m instanceof Mutation.InsertListItems l) {
            long total = ref + 3L * l.values().size();
            for (Value v : l.values()) {
                int size = ChangeCodec.encodedSizeWithin(v, LIMITS);
                if (size < 0) {
                    return -1;
                }
                total += size;
            }
            return total;
        }
        return ref + (m instanceof Mutation.RemoveField r ? 40L * doc.liveStamps(r.field()).size() : 0);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
