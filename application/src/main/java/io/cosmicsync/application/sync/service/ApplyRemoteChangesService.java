package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.domain.sync.CausalBuffer;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.ClockReceipt;
import io.cosmicsync.domain.sync.Delivery;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Implements {@link ApplyRemoteChangesUseCase} with a {@link CausalBuffer} persisted through {@link PendingChangesPort}.
 * A call costs the store a fixed number of reads and writes however many changes it carries (a catch-up batch is 500):
 * the parked changes loaded once (and saved once if any were or are parked), one lookup of which changes are logged
 * ({@link AppliedLookup}), the touched documents loaded once and saved once and the applied changes appended with
 * their signatures in one call ({@link DocumentApplier}); only if some of them were parked by an earlier call, their
 * signatures loaded in one call; only if some of this call's changes are left parked, their signatures saved in one call.
 */
public final class ApplyRemoteChangesService implements ApplyRemoteChangesUseCase {
    private final HybridLogicalClock clock;
    private final int bufferCapacity;
    private final SyncStorePorts store;
    private final ChangeAuthenticity authenticity;
    private final ChangesCommittedPort committed;
    private final DocumentApplier documents;

    /**
     * @param bufferCapacity most changes allowed to wait for dependencies
     * @param authenticity   verifies the received changes' signatures (one batch call, before the transaction),
     *                       keeps those of the changes left parked
     * @param committed      told about the changes each call applied, once committed
     */
    public ApplyRemoteChangesService(HybridLogicalClock clock, int bufferCapacity, SyncStorePorts store,
                                     ChangeAuthenticity authenticity, ChangesCommittedPort committed) {
        this.clock = clock;
        this.bufferCapacity = bufferCapacity;
        this.store = store;
        this.authenticity = authenticity;
        this.committed = committed;
        this.documents = new DocumentApplier(store);
    }

    @Override
    public RemoteChangesResult applyRemoteChanges(ApplyRemoteChangesCommand command) {
        // Verification is pure and the costliest step: done once, for the whole batch, outside the transaction.
        Set<ChangeId> authentic = authenticity.verifier().signedByAuthor(command.changes(), command.signatures());
        Applied applied = store.transaction().inTransaction(() -> applyInTransaction(command, authentic));
        CommitNotifier.notify(committed, applied.changes(), CommittedChanges.Origin.REMOTE, applied.signatures());
        return applied.result();
    }

    /** What one transaction applied, for the listeners told once it committed. */
    private record Applied(RemoteChangesResult result, List<Change> changes, Map<ChangeId, byte[]> signatures) {
    }

    private Applied applyInTransaction(ApplyRemoteChangesCommand command, Set<ChangeId> authentic) {
        List<Change> pendingBefore = store.pending().loadPending();
        AppliedLookup appliedBefore = AppliedLookup.of(store.loadChanges(), command.changes(), pendingBefore);
        CausalBuffer buffer = CausalBuffer.reconstitute(bufferCapacity, pendingBefore, appliedBefore);
        Set<ChangeId> appliedNow = new HashSet<>();
        Predicate<ChangeId> applied = id -> appliedNow.contains(id) || appliedBefore.test(id);
        List<Change> appliedChanges = new ArrayList<>();
        List<ChangeId> appliedOrder = new ArrayList<>();
        List<ChangeId> duplicates = new ArrayList<>();
        Map<ChangeId, Set<ChangeId>> waiting = new LinkedHashMap<>();
        Map<ChangeId, String> rejected = new LinkedHashMap<>();
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
                for (Change r : ready.changes()) {
                    appliedChanges.add(r);
                    appliedNow.add(r.id());
                    appliedOrder.add(r.id());
                }
            } else if (d instanceof Delivery.Waiting w) {
                waiting.put(w.id(), w.missing());
            } else if (d instanceof Delivery.Overflow o) {
                rejected.put(o.id(), "causal buffer full (" + o.capacity() + " changes waiting)");
            } else {
                duplicates.add(c.id());
            }
        }
        Map<ChangeId, byte[]> appliedSignatures = signaturesToAppend(appliedChanges, command, authentic);
        documents.apply(appliedChanges, appliedSignatures);
        List<Change> pendingAfter = buffer.waiting();
        if (!pendingBefore.isEmpty() || !pendingAfter.isEmpty()) {
            store.pending().savePending(pendingAfter);
        }
        appliedOrder.forEach(waiting::remove);
        if (!waiting.isEmpty()) {
            authenticity.signatures().saveSignatures(waiting.keySet().stream()
                    .collect(Collectors.toMap(Function.identity(), command.signatures()::get)));
        }
        return new Applied(new RemoteChangesResult(appliedOrder, duplicates, waiting, rejected), appliedChanges, appliedSignatures);
    }

    /**
     * The signatures of the changes to append: a change received (with a valid signature) in this call has it at hand;
     * one released from the causal buffer, received by an earlier call, has the signature parked with it, loaded here
     * for all of them in one call.
     */
    private Map<ChangeId, byte[]> signaturesToAppend(List<Change> ready, ApplyRemoteChangesCommand command, Set<ChangeId> authentic) {
        Map<ChangeId, byte[]> signatures = new HashMap<>();
        List<ChangeId> released = new ArrayList<>();
        for (Change change : ready) {
            if (authentic.contains(change.id())) {
                signatures.put(change.id(), command.signatures().get(change.id()));
            } else {
                released.add(change.id());
            }
        }
        if (!released.isEmpty()) {
            signatures.putAll(authenticity.signatures().loadSignatures(released));
        }
        return signatures;
    }
}
