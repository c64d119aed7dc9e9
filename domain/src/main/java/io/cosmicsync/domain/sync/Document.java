package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.text.CollaborativeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A replicated document (aggregate): per field the live writes (a multi-value register, resolved on
 * read by a {@link ConflictResolver}), PN-counters, collaborative texts, lists, and a tombstone once
 * deleted.
 * It changes only by {@link #apply(Operation, OpStamp)} with operations of {@link Change}s applied
 * exactly once in causal order; then every replica that applied the same changes holds the same state.
 * Operations of a deleted document still apply (so state stays order-independent) but the view hides them.
 * Not thread-safe: one transaction owns a loaded document.
 */
public final class Document {
    private final DocumentRef ref;
    private final Map<String, TreeMap<OpStamp, Value>> fields = new TreeMap<>();
    private final Map<String, Long> counters = new TreeMap<>();
    private final Map<String, CollaborativeText> texts = new TreeMap<>();
    private final Map<String, ReplicatedList> lists = new TreeMap<>();
    private OpStamp tombstone;

    private Document(DocumentRef ref) {
        this.ref = ref;
    }

    /** A new, empty document. */
    public static Document create(DocumentRef ref) {
        return new Document(ref);
    }

    /** A document loaded from storage: its live writes, counters, texts, lists and tombstone (or null). */
    public static Document reconstitute(DocumentRef ref, Map<String, List<Write>> writes, Map<String, Long> counters,
                                        Map<String, CollaborativeText> texts, Map<String, ReplicatedList> lists,
                                        OpStamp tombstone) {
        Document d = new Document(ref);
        writes.forEach((f, ws) -> ws.forEach(w -> d.fields.computeIfAbsent(f, k -> new TreeMap<>()).put(w.stamp(), w.value())));
        d.counters.putAll(counters);
        d.texts.putAll(texts);
        d.lists.putAll(lists);
        d.tombstone = tombstone;
        return d;
    }

    public DocumentRef ref() {
        return ref;
    }

    public boolean isDeleted() {
        return tombstone != null;
    }

    public OpStamp tombstone() {
        return tombstone;
    }

    /** Applies one operation of a change stamped {@code stamp}; throws {@link SyncException} if it targets another document. */
    public void apply(Operation op, OpStamp stamp) {
        if (!op.document().equals(ref)) {
            throw new SyncException("operation for " + op.document() + " applied to " + ref);
        }
        if (op instanceof Operation.SetField s) {
            TreeMap<OpStamp, Value> live = fields.computeIfAbsent(s.field(), f -> new TreeMap<>());
            s.supersedes().forEach(live::remove);
            live.put(stamp, s.value());
        } else if (op instanceof Operation.RemoveField r) {
            TreeMap<OpStamp, Value> live = fields.get(r.field());
            if (live != null) {
                r.supersedes().forEach(live::remove);
                if (live.isEmpty()) {
                    fields.remove(r.field());
                }
            }
        } else if (op instanceof Operation.DeleteDocument) {
            tombstone = tombstone == null || stamp.compareTo(tombstone) > 0 ? stamp : tombstone;
        } else if (op instanceof Operation.IncrementCounter c) {
            counters.merge(c.field(), c.delta(), Long::sum);
        } else if (op instanceof Operation.InsertText t) {
            texts.computeIfAbsent(t.field(), f -> CollaborativeText.create()).apply(t.op());
        } else if (op instanceof Operation.DeleteText t) {
            texts.computeIfAbsent(t.field(), f -> CollaborativeText.create()).apply(t.op());
        } else if (op instanceof Operation.InsertListItems l) {
            lists.computeIfAbsent(l.field(), f -> ReplicatedList.create()).insert(l.order(), l.values());
        } else {
            Operation.DeleteListItems l = (Operation.DeleteListItems) op;
            lists.computeIfAbsent(l.field(), f -> ReplicatedList.create()).delete(l.order());
        }
    }

    /** The live writes of {@code field}, ascending by stamp (empty when unset or removed). */
    public List<Write> liveWrites(String field) {
        List<Write> out = new ArrayList<>();
        fields.getOrDefault(field, new TreeMap<>()).forEach((s, v) -> out.add(new Write(s, v)));
        return out;
    }

    /** Stamps of the live writes of {@code field}: what a new local write to it supersedes. */
    public Set<OpStamp> liveStamps(String field) {
        return Set.copyOf(fields.getOrDefault(field, new TreeMap<>()).keySet());
    }

    /**
     * The text of {@code field}, or a detached empty one when the field has no text yet (reading never
     * changes the document). Use it to prepare text operations; edit only through {@link #apply}.
     */
    public CollaborativeText text(String field) {
        CollaborativeText t = texts.get(field);
        return t != null ? t : CollaborativeText.create();
    }

    /** The list of {@code field}, or a detached empty one when it has none yet; edit only through {@link #apply}. */
    public ReplicatedList list(String field) {
        ReplicatedList l = lists.get(field);
        return l != null ? l : ReplicatedList.create();
    }

    public Map<String, ReplicatedList> lists() {
        return Map.copyOf(lists);
    }

    public Map<String, CollaborativeText> texts() {
        return Map.copyOf(texts);
    }

    public Map<String, Long> counters() {
        return Map.copyOf(counters);
    }

    /** The fields with live writes, for storage. */
    public Map<String, List<Write>> writes() {
        Map<String, List<Write>> out = new TreeMap<>();
        fields.keySet().forEach(f -> out.put(f, liveWrites(f)));
        return out;
    }

    /** What an app sees under {@code policy}. */
    public DocumentView view(ConflictPolicy policy) {
        if (isDeleted()) {
            return new DocumentView(ref, true, Map.of(), Map.of(), Map.of(), Map.of());
        }
        Map<String, Resolution> resolved = new HashMap<>();
        fields.forEach((f, live) -> resolved.put(f, policy.resolverFor(f).resolve(liveWrites(f))));
        Map<String, String> contents = new HashMap<>();
        texts.forEach((f, t) -> contents.put(f, t.content()));
        Map<String, List<Value>> listValues = new HashMap<>();
        lists.forEach((f, l) -> listValues.put(f, l.values()));
        return new DocumentView(ref, false, resolved, counters, contents, listValues);
    }
}
