package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.application.sync.port.out.FakeChangeSignatures;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.PeerId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** One replica for tests: the real services over an {@link InMemorySyncStore} and a settable physical clock. */
final class SyncNode {
    static final long MAX_DRIFT_MILLIS = 60_000;

    final PeerId peer;
    final AtomicLong millis;
    final InMemorySyncStore store = new InMemorySyncStore();
    final HybridLogicalClock clock;
    final ApplyLocalMutationService local;
    final ApplyRemoteChangesService remote;
    final ComputeMissingChangesService missing;
    final CompactHistoryService compaction;
    final ReadDocumentService read;
    final FakeChangeSignatures signatures = new FakeChangeSignatures();
    final List<CommittedChanges> committed = new java.util.concurrent.CopyOnWriteArrayList<>();

    SyncNode(String peer, long startMillis) {
        this(peer, startMillis, 10_000);
    }

    SyncNode(String peer, long startMillis, int bufferCapacity) {
        this.peer = new PeerId(peer);
        this.millis = new AtomicLong(startMillis);
        this.clock = HybridLogicalClock.create(millis::get, MAX_DRIFT_MILLIS);
        ChangeAuthenticity authenticity = new ChangeAuthenticity(signatures, signatures, store);
        this.local = new ApplyLocalMutationService(this.peer, clock, store, store, store, store, store, authenticity, committed::add);
        this.remote = new ApplyRemoteChangesService(clock, bufferCapacity, new SyncStorePorts(store, store, store, store, store, store),
                authenticity, committed::add);
        this.missing = new ComputeMissingChangesService(store, store);
        this.compaction = new CompactHistoryService(store, store, store, store);
        this.read = new ReadDocumentService(store, store);
    }

    Change edit(DocumentRef doc, Mutation... mutations) {
        LocalMutationResult r = local.applyLocalMutation(new ApplyLocalMutationCommand(doc, List.of(mutations)));
        if (r instanceof LocalMutationResult.Applied a) {
            return a.change();
        }
        throw new AssertionError("refused: " + r);
    }

    RemoteChangesResult receive(List<Change> changes) {
        return remote.applyRemoteChanges(new ApplyRemoteChangesCommand(changes, FakeChangeSignatures.signaturesOf(changes)));
    }

    /** Anti-entropy from {@code other} to this node: pull everything this node's vector lacks. */
    void pullFrom(SyncNode other) {
        receive(other.missing.computeMissingChanges(new ComputeMissingChangesCommand(peer, store.versionVector(), Integer.MAX_VALUE)).changes());
    }

    DocumentView view(DocumentRef doc) {
        return read.readDocument(new ReadDocumentCommand(doc)).orElse(null);
    }
}
