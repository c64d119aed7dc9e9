package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.adapter.persistence.sync.SyncTransactionAdapter;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.CompactHistoryUseCase;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.application.sync.port.in.ReadSyncStateUseCase;
import io.cosmicsync.application.sync.port.out.LoadSyncScopesPort;
import io.cosmicsync.application.sync.service.ReadSyncStateService;
import io.cosmicsync.adapter.p2p.sync.Ed25519ChangeSigner;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.ChangeSignaturesPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.LoadReplicaVectorsPort;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.application.sync.port.out.PruneChangesPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.application.sync.port.out.SaveReplicaVectorPort;
import io.cosmicsync.application.sync.service.ApplyLocalMutationService;
import io.cosmicsync.application.sync.service.ApplyRemoteChangesService;
import io.cosmicsync.application.sync.service.ChangeAuthenticity;
import io.cosmicsync.application.sync.service.CompactHistoryService;
import io.cosmicsync.application.sync.service.ComputeMissingChangesService;
import io.cosmicsync.application.sync.service.ReadDocumentService;
import io.cosmicsync.application.sync.service.SyncStorePorts;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.domain.sync.PhysicalClock;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Any;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;

/**
 * Builds the sync use cases (docs/sync-core.md) on the PostgreSQL adapters. Every sync use case that
 * writes runs in the {@link SyncTransactionAdapter}'s transactions, which serialize sync writers.
 *
 * <p>Configuration: {@code cosmicsync.sync.max-drift} (default 60s), how far ahead of this node's clock a
 * remote change's timestamp may be; {@code cosmicsync.sync.pending-capacity} (default 10000), how many
 * remote changes may wait for missing dependencies.
 */
@Factory
public class SyncFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SyncFactory.class);

    /** Qualifier of the {@link PeerId} that authors this node's changes. */
    public static final String LOCAL_AUTHOR = "local-author";

    /**
     * The peer id this node stamps on its changes: its libp2p peer id ({@code 12D3KooW...}), from the identity key
     * kept in the data directory, so the author of a change is the peer that signs and sends it.
     */
    @Singleton
    @Named(LOCAL_AUTHOR)
    PeerId localAuthor(Ed25519KeyPair nodeIdentity) {
        return new PeerId(nodeIdentity.peerId().toString());
    }

    /**
     * The node's one hybrid logical clock, resuming after the newest timestamp it has seen (the version
     * vector's entries and the waiting changes), so it never reissues a timestamp after a restart.
     */
    @Singleton
    HybridLogicalClock syncClock(LoadChangesPort log, PendingChangesPort pending,
                                 @Value("${cosmicsync.sync.max-drift:60s}") Duration maxDrift) {
        if (maxDrift.isNegative()) {
            throw new IllegalArgumentException("cosmicsync.sync.max-drift must not be negative, got " + maxDrift);
        }
        Hlc newest = log.versionVector().entries().values().stream().reduce(Hlc.ZERO, Hlc::max);
        newest = pending.loadPending().stream().map(Change::hlc).reduce(newest, Hlc::max);
        return HybridLogicalClock.reconstitute(PhysicalClock.system(), maxDrift.toMillis(), newest);
    }

    /** Signs this node's changes with its identity key and verifies peers' against their peer ids. */
    @Singleton
    Ed25519ChangeSigner changeSigner(Ed25519KeyPair nodeIdentity) {
        return new Ed25519ChangeSigner(nodeIdentity);
    }

    @Singleton
    ChangeAuthenticity changeAuthenticity(Ed25519ChangeSigner signer, ChangeSignaturesPort signatures) {
        return new ChangeAuthenticity(signer, signer, signatures);
    }

    /**
     * Every {@link ChangesCommittedPort} bean (the p2p publisher, live feeds), looked up when changes are
     * committed rather than when the use cases are built, since some listeners need the use cases.
     */
    private static ChangesCommittedPort everyListener(BeanProvider<ChangesCommittedPort> listeners) {
        return everyListener(listeners::stream);
    }

    /** Tells each listener in turn; one that throws is logged and does not keep the changes from the others. */
    static ChangesCommittedPort everyListener(Supplier<Stream<ChangesCommittedPort>> listeners) {
        return committed -> listeners.get().forEach(listener -> {
            try {
                listener.changesCommitted(committed);
            } catch (RuntimeException e) {
                LOG.warn("{} failed on {} committed changes; the other listeners were still told",
                        listener.getClass().getName(), committed.changes().size(), e);
            }
        });
    }

    @Singleton
    ApplyLocalMutationUseCase applyLocalMutation(@Named(LOCAL_AUTHOR) PeerId self, HybridLogicalClock clock,
                                                 LoadDocumentPort loadDocument, SaveDocumentPort saveDocument,
                                                 LoadChangesPort loadChanges, AppendChangesPort appendChanges,
                                                 SyncTransactionAdapter transaction, ChangeAuthenticity authenticity,
                                                 @Any BeanProvider<ChangesCommittedPort> listeners) {
        return new ApplyLocalMutationService(self, clock, loadDocument, saveDocument, loadChanges, appendChanges, transaction,
                authenticity, everyListener(listeners));
    }

    @Singleton
    ApplyRemoteChangesUseCase applyRemoteChanges(HybridLogicalClock clock,
                                                 @Value("${cosmicsync.sync.pending-capacity:10000}") int pendingCapacity,
                                                 LoadDocumentPort loadDocument, SaveDocumentPort saveDocument,
                                                 LoadChangesPort loadChanges, AppendChangesPort appendChanges,
                                                 PendingChangesPort pending, SyncTransactionAdapter transaction,
                                                 ChangeAuthenticity authenticity, @Any BeanProvider<ChangesCommittedPort> listeners) {
        if (pendingCapacity < 1) {
            throw new IllegalArgumentException("cosmicsync.sync.pending-capacity must be at least 1, got " + pendingCapacity);
        }
        return new ApplyRemoteChangesService(clock, pendingCapacity,
                new SyncStorePorts(loadDocument, saveDocument, loadChanges, appendChanges, pending, transaction),
                authenticity, everyListener(listeners));
    }

    @Singleton
    ComputeMissingChangesUseCase computeMissingChanges(LoadChangesPort loadChanges, SaveReplicaVectorPort saveReplicaVector) {
        return new ComputeMissingChangesService(loadChanges, saveReplicaVector);
    }

    @Singleton
    CompactHistoryUseCase compactHistory(LoadReplicaVectorsPort replicaVectors, LoadChangesPort loadChanges,
                                         PruneChangesPort pruneChanges, SyncTransactionAdapter transaction) {
        return new CompactHistoryService(replicaVectors, loadChanges, pruneChanges, transaction);
    }

    @Singleton
    ReadSyncStateUseCase readSyncState(LoadChangesPort loadChanges, LoadSyncScopesPort loadScopes) {
        return new ReadSyncStateService(loadChanges, loadScopes);
    }

    @Singleton
    ReadDocumentUseCase readDocument(LoadDocumentPort loadDocument, LoadConflictPolicyPort loadPolicy) {
        return new ReadDocumentService(loadDocument, loadPolicy);
    }
}
