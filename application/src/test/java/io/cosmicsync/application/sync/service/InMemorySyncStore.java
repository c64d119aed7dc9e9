package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.ChangeSignaturesPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.LoadSyncScopesPort;
import io.cosmicsync.application.sync.port.out.LoadReplicaVectorsPort;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.application.sync.port.out.PruneChangesPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.application.sync.port.out.SaveReplicaVectorPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * In-memory fake of every outgoing sync port: one replica's documents, change log (with each change's signature) and
 * causal buffer (with the parked changes' signatures). Not thread-safe: callers on several threads serialize their
 * use-case calls.
 */
public final class InMemorySyncStore implements LoadDocumentPort, SaveDocumentPort, AppendChangesPort, LoadChangesPort,
        PendingChangesPort, TransactionPort, LoadConflictPolicyPort, LoadReplicaVectorsPort, SaveReplicaVectorPort,
        PruneChangesPort, LoadSyncScopesPort, ChangeSignaturesPort {
    final Map<DocumentRef, Document> documents = new HashMap<>();
    final List<Change> log = new ArrayList<>();
    /** The signature of each change in {@link #log} (a pruned change has none). */
    private final Map<ChangeId, byte[]> loggedSignatures = new HashMap<>();
    /** The signatures of parked changes, until they are appended. */
    private final Map<ChangeId, byte[]> parkedSignatures = new HashMap<>();
    /** The log position of each change in {@link #log}, ascending (kept across compaction). */
    private final List<Long> seqs = new ArrayList<>();
    final Set<ChangeId> applied = new HashSet<>();
    final Set<ChangeId> heads = new TreeSet<>();
    final Map<String, ConflictPolicy> policies = new HashMap<>();
    final Map<PeerId, VersionVector> replicaVectors = new HashMap<>();
    /** Each author's log positions, ascending (so its HLCs ascend too: an author's changes form a causal chain). */
    private final Map<PeerId, List<Integer>> positions = new HashMap<>();
    /** False once a test appended an author's changes out of HLC order: then every query scans the whole log. */
    private boolean authorsInOrder = true;
    /** The last log position given out (positions are never reused, also after compaction). */
    private long lastSeq;
    List<Change> pending = List.of();
    VersionVector vector = VersionVector.empty();
    VersionVector pruned = VersionVector.empty();
    int transactions;
    /** How often each port method was called, by method name (how often a use case goes to the store). */
    final Map<String, Integer> calls = new ConcurrentHashMap<>();

    private void count(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    @Override
    public Set<String> loadScopes() {
        Set<String> scopes = new TreeSet<>();
        documents.keySet().forEach(ref -> scopes.add(ref.scope()));
        return scopes;
    }

    @Override
    public Optional<Document> loadDocument(DocumentRef ref) {
        count("loadDocument");
        return Optional.ofNullable(documents.get(ref));
    }

    @Override
    public Map<DocumentRef, Document> loadDocuments(Collection<DocumentRef> refs) {
        count("loadDocuments");
        Map<DocumentRef, Document> found = new HashMap<>();
        refs.stream().filter(documents::containsKey).forEach(ref -> found.put(ref, documents.get(ref)));
        return found;
    }

    @Override
    public void saveDocument(ChangedDocument changed) {
        count("saveDocument");
        documents.put(changed.document().ref(), changed.document());
    }

    @Override
    public void saveDocuments(Collection<ChangedDocument> many) {
        count("saveDocuments");
        many.forEach(changed -> documents.put(changed.document().ref(), changed.document()));
    }

    @Override
    public void appendChanges(List<Change> changes, Map<ChangeId, byte[]> signatures) {
        count("appendChanges");
        for (Change c : changes) {
            if (signatures.get(c.id()) == null) {
                throw new IllegalArgumentException("change " + c.id() + " has no signature to log it with");
            }
        }
        for (Change c : changes) {
            if (applied.contains(c.id())) {
                throw new IllegalStateException("change appended twice: " + c.id());
            }
        }
        for (Change c : changes) {
            if (!applied.add(c.id())) {
                throw new IllegalStateException("change appended twice in one batch: " + c.id());
            }
            List<Integer> own = positions.computeIfAbsent(c.author(), a -> new ArrayList<>());
            authorsInOrder &= own.isEmpty() || log.get(own.get(own.size() - 1)).hlc().compareTo(c.hlc()) < 0;
            own.add(log.size());
            log.add(c);
            seqs.add(++lastSeq);
            loggedSignatures.put(c.id(), signatures.get(c.id()));
            parkedSignatures.remove(c.id());
            heads.removeAll(c.dependencies());
            heads.add(c.id());
            vector = vector.with(c.author(), c.hlc());
        }
    }

    @Override
    public boolean isApplied(ChangeId id) {
        count("isApplied");
        return applied.contains(id);
    }

    @Override
    public Set<ChangeId> appliedAmong(Collection<ChangeId> ids) {
        count("appliedAmong");
        Set<ChangeId> found = new HashSet<>(ids);
        found.retainAll(applied);
        return found;
    }

    @Override
    public Set<ChangeId> heads() {
        return Set.copyOf(heads);
    }

    @Override
    public VersionVector versionVector() {
        return vector;
    }

    @Override
    public List<SequencedChange> loadChangesAfter(long afterSeq, VersionVector v, int max) {
        int after = Collections.binarySearch(seqs, afterSeq);
        int from = Math.max(firstNotCovered(v), after >= 0 ? after + 1 : -after - 1);
        List<SequencedChange> page = new ArrayList<>();
        for (int i = from; i < log.size() && page.size() < max; i++) {
            Change c = log.get(i);
            if (!v.covers(c.author(), c.hlc())) {
                page.add(new SequencedChange(seqs.get(i), c, loggedSignatures.get(c.id())));
            }
        }
        return page;
    }

    /** The log position before which {@code v} covers every change (found per author by binary search). */
    private int firstNotCovered(VersionVector v) {
        if (!authorsInOrder) {
            return 0;
        }
        int start = log.size();
        for (Map.Entry<PeerId, List<Integer>> author : positions.entrySet()) {
            List<Integer> at = author.getValue();
            Hlc seen = v.get(author.getKey());
            int low = 0;
            int high = at.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (log.get(at.get(mid)).hlc().compareTo(seen) <= 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low < at.size()) {
                start = Math.min(start, at.get(low));
            }
        }
        return start;
    }

    @Override
    public VersionVector prunedVector() {
        return pruned;
    }

    @Override
    public List<Change> loadPending() {
        return pending;
    }

    @Override
    public void savePending(List<Change> waiting) {
        pending = List.copyOf(waiting);
    }

    @Override
    public void saveSignatures(Map<ChangeId, byte[]> signatures) {
        count("saveSignatures");
        signatures.forEach(parkedSignatures::putIfAbsent);
    }

    @Override
    public Map<ChangeId, byte[]> loadSignatures(Collection<ChangeId> ids) {
        count("loadSignatures");
        Map<ChangeId, byte[]> found = new HashMap<>();
        // Like the PostgreSQL adapter: logged signatures, then parked ones (appending a change drops its parked one).
        for (Map<ChangeId, byte[]> held : List.of(loggedSignatures, parkedSignatures)) {
            ids.stream().filter(held::containsKey).forEach(id -> found.put(id, held.get(id)));
        }
        return found;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    @Override
    public ConflictPolicy loadConflictPolicy(String scope, String collection) {
        return policies.getOrDefault(collection, ConflictPolicy.lastWriterWins());
    }

    @Override
    public Map<PeerId, VersionVector> loadReplicaVectors() {
        return Map.copyOf(replicaVectors);
    }

    @Override
    public void saveReplicaVector(PeerId replica, VersionVector seen) {
        replicaVectors.put(replica, seen);
    }

    @Override
    public int pruneChangesCoveredBy(VersionVector stable) {
        int before = log.size();
        for (int i = log.size() - 1; i >= 0; i--) {
            if (stable.covers(log.get(i).author(), log.get(i).hlc())) {
                loggedSignatures.remove(log.get(i).id());
                log.remove(i);
                seqs.remove(i);
            }
        }
        positions.clear();
        for (int i = 0; i < log.size(); i++) {
            positions.computeIfAbsent(log.get(i).author(), a -> new ArrayList<>()).add(i);
        }
        pruned = pruned.merge(stable);
        return before - log.size();
    }
}
