package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.sync.CausalBuffer;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.ClockReceipt;
import io.cosmicsync.domain.sync.Delivery;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Implements {@link ApplyRemoteChangesUseCase} with a {@link CausalBuffer} persisted through {@link PendingChangesPort}.
 * A call costs the store a fixed number of reads and writes however many changes it carries (a catch-up batch is 500):
 * one lookup of which changes are logged ({@link AppliedLookup}), the touched documents loaded once and saved once,
 * the applied changes appended in one call, their signatures saved in one call.
 */
public final class ApplyRemoteChangesService implements ApplyRemoteChangesUseCase {
    private final HybridLogicalClock clock;
    private final int bufferCapacity;
    private final SyncStorePorts store;
    private final ChangeAuthenticity authenticity;
    private final ChangesCommittedPort committed;

    /**
     * @param bufferCapacity most changes allowed to wait for dependencies
     * @param authenticity   verifies the received changes' signatures (one batch call, before the transaction),
     *                       keeps valid ones
     * @param committed      told about the changes each call applied, once committed
     */
    public ApplyRemoteChangesService(HybridLogicalClock clock, int bufferCapacity, SyncStorePorts store,
                                     ChangeAuthenticity authenticity, ChangesCommittedPort committed) {
        this.clock = clock;
        this.bufferCapacity = bufferCapacity;
        this.store = store;
        this.authenticity = authenticity;
        this.committed = committed;
    }

    @Override
    public RemoteChangesResult applyRemoteChanges(ApplyRemoteChangesCommand command) {
        // Verification is pure and the costliest step: done once, for the whole batch, outside the transaction.
        Set<ChangeId> authentic = authenticity.verifier().signedByAuthor(command.changes(), command.signatures());
        List<Change> appliedChanges = new ArrayList<>();
        RemoteChangesResult result = store.transaction().inTransaction(() -> {
            appliedChanges.clear();
            return applyInTransaction(command, authentic, appliedChanges);
        });
        // Signatures of this call's changes are at hand; only changes released from the causal buffer need theirs loaded.
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        List<ChangeId> released = new ArrayList<>();
        for (Change applied : appliedChanges) {
            byte[] received = command.signatures().get(applied.id());
            if (received != null) {
                signatures.put(applied.id(), received);
            } else {
                released.add(applied.id());
            }
        }
        if (!released.isEmpty()) {
            signatures.putAll(authenticity.signatures().loadSignatures(released));
        }
        CommitNotifier.notify(committed, appliedChanges, CommittedChanges.Origin.REMOTE, signatures);
        return result;
    }

    private RemoteChangesResult applyInTransaction(ApplyRemoteChangesCommand command, Set<ChangeId> authentic,
                                                   List<Change> appliedChanges) {
        List<Change> pendingBefore = store.pending().loadPending();
        AppliedLookup appliedBefore = AppliedLookup.of(store.loadChanges(), command.changes(), pendingBefore);
        CausalBuffer buffer = CausalBuffer.reconstitute(bufferCapacity, pendingBefore, appliedBefore);
        Set<ChangeId> appliedNow = new HashSet<>();
        Predicate<ChangeId> applied = id -> appliedNow.contains(id) || appliedBefore.test(id);
        List<ChangeId> appliedOrder = new ArrayList<>();
        List<ChangeId> duplicates = new ArrayList<>();
        Map<ChangeId, Set<ChangeId>> waiting = new LinkedHashMap<>();
        Map<ChangeId, String> rejected = new LinkedHashMap<>();
        Map<ChangeId, byte[]> accepted = new HashMap<>();
        for (Change c : command.changes()) {
            byte[] signature = command.signatures().get(c.id());
            if (signature == null || !authentic.contains(c.id())) {
                rejected.put(c.id(), (signature == null ? "no signature" : "invalid signature") + " by author " + c.author().value());
                continue;
            }
            if (clock.receive(c.hlc()) instanceof ClockReceipt.RejectedDrift drift) {
                rejected.put(c.id(), drift.reason());
                continue;
            }
            Delivery d = buffer.offer(c, applied);
            if (d instanceof Delivery.Ready ready) {
                accepted.put(c.id(), signature);
                for (Change r : ready.changes()) {
                    appliedChanges.add(r);
                    appliedNow.add(r.id());
                    appliedOrder.add(r.id());
                }
            } else if (d instanceof Delivery.Waiting w) {
                accepted.put(c.id(), signature);
                waiting.put(w.id(), w.missing());
            } else if (d instanceof Delivery.Overflow o) {
                rejected.put(o.id(), "causal buffer full (" + o.capacity() + " changes waiting)");
            } else {
                duplicates.add(c.id());
            }
        }
        applyInOrder(appliedChanges);
        List<Change> pendingAfter = buffer.waiting();
        if (!pendingBefore.isEmpty() || !pendingAfter.isEmpty()) {
            store.pending().savePending(pendingAfter);
        }
        authenticity.signatures().saveSignatures(accepted);
        appliedOrder.forEach(waiting::remove);
        return new RemoteChangesResult(appliedOrder, duplicates, waiting, rejected);
    }

    /**
     * Applies {@code changes} in order to the documents they touch and appends them to the log: the documents are
     * loaded once, saved once and the changes appended in one call, however many changes there are.
     */
    private void applyInOrder(List<Change> changes) {
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
        store.appendChanges().appendChanges(changes);
    }
}
