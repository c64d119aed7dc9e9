package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.adapter.p2p.node.P2pNode;
import io.cosmicsync.adapter.p2p.node.P2pSettings;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadSyncStateUseCase;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.service.ApplyLocalMutationService;
import io.cosmicsync.application.sync.service.ApplyRemoteChangesService;
import io.cosmicsync.application.sync.service.ChangeAuthenticity;
import io.cosmicsync.application.sync.service.ComputeMissingChangesService;
import io.cosmicsync.application.sync.service.InMemorySyncStore;
import io.cosmicsync.application.sync.service.ReadDocumentService;
import io.cosmicsync.application.sync.service.ReadSyncStateService;
import io.cosmicsync.application.sync.service.SyncStorePorts;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.PhysicalClock;
import io.cosmicsync.domain.sync.VersionVector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A whole replica for p2p tests: a {@link P2pNode} with {@link PeerSync}, over the real sync services on an
 * in-memory store, signing with the node's Ed25519 identity. Use-case calls are serialized (the store is
 * not thread-safe), as the PostgreSQL adapters serialize sync writers.
 */
final class SyncingReplica implements AutoCloseable {
    final Ed25519KeyPair identity;
    final InMemorySyncStore store = new InMemorySyncStore();
    final P2pNode node;
    final PeerSync sync;
    /** Serializes use-case calls; a test holding it blocks this replica's applier. */
    final Object lock = new Object();
    /** Calls of the apply-remote-changes use case so far. */
    final AtomicInteger remoteCalls = new AtomicInteger();
    private final ApplyLocalMutationService local;
    private final ReadDocumentService read;

    SyncingReplica(Ed25519KeyPair identity, Multiaddr listen, List<Multiaddr> bootstrap, Duration antiEntropyInterval, int batchSize) {
        this.identity = identity;
        Ed25519ChangeSigner signer = new Ed25519ChangeSigner(identity);
        ChangeAuthenticity authenticity = new ChangeAuthenticity(signer, signer, store);
        AtomicReference<ChangesCommittedPort> listener = new AtomicReference<>(ChangesCommittedPort.NONE);
        ChangesCommittedPort committed = c -> listener.get().changesCommitted(c);
        HybridLogicalClock clock = HybridLogicalClock.create(PhysicalClock.system(), 60_000);
        PeerId self = new PeerId(identity.peerId().toString());
        local = new ApplyLocalMutationService(self, clock, store, store, store, store, store, authenticity, committed);
        ApplyRemoteChangesService remote = new ApplyRemoteChangesService(clock, 10_000,
                new SyncStorePorts(store, store, store, store, store, store), authenticity, committed);
        ComputeMissingChangesService missing = new ComputeMissingChangesService(store, store);
        ReadSyncStateService state = new ReadSyncStateService(store, store);
        read = new ReadDocumentService(store, store);
        ApplyRemoteChangesUseCase applyRemote = command -> {
            remoteCalls.incrementAndGet();
            synchronized (lock) {
                return remote.applyRemoteChanges(command);
            }
        };
        ComputeMissingChangesUseCase computeMissing = command -> {
            synchronized (lock) {
                return missing.computeMissingChanges(command);
            }
        };
        ReadSyncStateUseCase readState = () -> {
            synchronized (lock) {
                return state.readSyncState();
            }
        };
        node = P2pNode.start(identity, new P2pSettings(listen, bootstrap, Duration.ofSeconds(5), Duration.ofSeconds(1),
                "cosmicsync-test/0", "/cosmicsync-test"));
        sync = PeerSync.install(node, new SyncUseCases(applyRemote, computeMissing, readState, signer), antiEntropyInterval, batchSize);
        listener.set(sync);
    }

    Multiaddr address() {
        return node.listenAddrs().get(0);
    }

    Change edit(DocumentRef doc, Mutation... mutations) {
        LocalMutationResult result;
        synchronized (lock) {
            result = local.applyLocalMutation(new ApplyLocalMutationCommand(doc, List.of(mutations)));
        }
        if (result instanceof LocalMutationResult.Applied applied) {
            return applied.change();
        }
        throw new AssertionError("refused: " + result);
    }

    DocumentView view(DocumentRef doc) {
        synchronized (lock) {
            return read.readDocument(new ReadDocumentCommand(doc)).orElse(null);
        }
    }

    VersionVector versionVector() {
        synchronized (lock) {
            return store.versionVector();
        }
    }

    @Override
    public void close() {
        sync.close();
        node.close();
    }
}
