package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.FakeChangeSignatures;
import io.cosmicsync.application.sync.service.ApplyLocalMutationService;
import io.cosmicsync.application.sync.service.ChangeAuthenticity;
import io.cosmicsync.application.sync.service.ApplyRemoteChangesService;
import io.cosmicsync.application.sync.service.CompactHistoryService;
import io.cosmicsync.application.sync.service.ComputeMissingChangesService;
import io.cosmicsync.application.sync.service.ReadDocumentService;
import io.cosmicsync.application.sync.service.SyncStorePorts;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.HybridLogicalClock;
import io.cosmicsync.domain.sync.PeerId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.List;

/** One replica for tests: the real sync services over the PostgreSQL adapters, built as the wiring builds them. */
final class PostgresSyncNode {
    static final long MAX_DRIFT_MILLIS = 60_000;

    final PeerId peer;
    final ConflictPolicyRegistry policies = new ConflictPolicyRegistry();
    final DocumentPersistenceAdapter documents;
    final ChangeLogWriteAdapter writer;
    final ChangeLogReadAdapter log;
    final PendingChangesPersistenceAdapter pending;
    final ReplicaVectorPersistenceAdapter replicas;
    final SyncTransactionAdapter transaction;
    final ApplyLocalMutationService local;
    final ApplyRemoteChangesService remote;
    final ComputeMissingChangesService missing;
    final CompactHistoryService compaction;
    final ReadDocumentService read;
    final ChangeSignaturePersistenceAdapter signatures;

    PostgresSyncNode(String peer, JdbcOperations jdbc, TransactionPort transactions) {
        this(peer, jdbc, transactions, null);
    }

    /** @param appendOverride replaces the log's append port (to inject failures); null for the real one */
    PostgresSyncNode(String peer, JdbcOperations jdbc, TransactionPort transactions, AppendChangesPort appendOverride) {
        this.peer = new PeerId(peer);
        documents = new DocumentPersistenceAdapter(jdbc, policies);
        writer = new ChangeLogWriteAdapter(jdbc);
        log = new ChangeLogReadAdapter(jdbc);
        pending = new PendingChangesPersistenceAdapter(jdbc);
        replicas = new ReplicaVectorPersistenceAdapter(jdbc);
        transaction = new SyncTransactionAdapter(transactions, jdbc);
        AppendChangesPort append = appendOverride != null ? appendOverride : writer;
        HybridLogicalClock clock = HybridLogicalClock.create(System::currentTimeMillis, MAX_DRIFT_MILLIS);
        signatures = new ChangeSignaturePersistenceAdapter(jdbc);
        FakeChangeSignatures signing = new FakeChangeSignatures();
        ChangeAuthenticity authenticity = new ChangeAuthenticity(signing, signing, signatures);
        local = new ApplyLocalMutationService(this.peer, clock, documents, documents, log, append, transaction,
                authenticity, ChangesCommittedPort.NONE);
        remote = new ApplyRemoteChangesService(clock, 1_000, new SyncStorePorts(documents, documents, log, append, pending, transaction),
                authenticity, ChangesCommittedPort.NONE);
        missing = new ComputeMissingChangesService(log, replicas);
        compaction = new CompactHistoryService(replicas, log, writer, transaction);
        read = new ReadDocumentService(documents, policies);
    }

    Change edit(DocumentRef doc, Mutation... mutations) {
        LocalMutationResult r = local.applyLocalMutation(new ApplyLocalMutationCommand(doc, List.of(mutations)));
        if (r instanceof LocalMutationResult.Applied a) {
            return a.change();
        }
        throw new AssertionError("refused: " + r);
    }

    RemoteChangesResult receive(Change... changes) {
        return remote.applyRemoteChanges(new ApplyRemoteChangesCommand(List.of(changes), FakeChangeSignatures.signaturesOf(List.of(changes))));
    }

    DocumentView view(DocumentRef doc) {
        return read.readDocument(new ReadDocumentCommand(doc)).orElse(null);
    }
}
