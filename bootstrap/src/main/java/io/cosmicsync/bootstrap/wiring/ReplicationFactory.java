package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.replication.CollectionProjection;
import io.cosmicsync.application.replication.DirectoryProjection;
import io.cosmicsync.application.replication.DirectoryReplicator;
import io.cosmicsync.application.replication.port.out.SaveReplicatedDirectoryPort;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Replication of accounts, projects and memberships (docs/p2p-sync.md): the replicator writes local ones
 * into sync documents, the projection (a listener of committed changes) writes peers' ones into the tables.
 */
@Factory
public class ReplicationFactory {

    @Singleton
    DirectoryReplicator directoryReplicator(ApplyLocalMutationUseCase applyLocal) {
        return new DirectoryReplicator(applyLocal);
    }

    @Singleton
    DirectoryProjection directoryProjection(ReadDocumentUseCase readDocument, SaveReplicatedDirectoryPort directory,
                                            LoadCollectionPort loadCollection, SaveCollectionPort saveCollection,
                                            DocumentIndexesPort indexes) {
        return new DirectoryProjection(readDocument, directory, new CollectionProjection(loadCollection, saveCollection, indexes));
    }
}
