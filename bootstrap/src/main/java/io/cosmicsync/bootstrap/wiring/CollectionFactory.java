package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.collection.port.in.GetCollectionUseCase;
import io.cosmicsync.application.collection.port.in.ListCollectionsUseCase;
import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.collection.service.ChangeCollectionSchemaService;
import io.cosmicsync.application.collection.service.DefineCollectionService;
import io.cosmicsync.application.collection.service.GetCollectionService;
import io.cosmicsync.application.collection.service.ListCollectionsService;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.replication.DirectoryReplicator;
import io.cosmicsync.application.replication.ReplicatingUseCases;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the collection use cases; access goes through the one {@link ProjectAccessPolicy}. */
@Factory
public class CollectionFactory {

    @Singleton
    DefineCollectionUseCase defineCollection(ProjectAccessPolicy policy, SaveCollectionPort saveCollection,
                                             CheckSchemaPort checkSchema, TransactionPort transactions, Clock clock,
                                             DocumentIndexesPort indexes, DirectoryReplicator replicator) {
        return ReplicatingUseCases.defineCollection(
                new DefineCollectionService(policy, saveCollection, checkSchema, transactions, clock, indexes), replicator);
    }

    @Singleton
    ChangeCollectionSchemaUseCase changeCollectionSchema(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                                         SaveCollectionPort saveCollection, CheckSchemaPort checkSchema,
                                                         TransactionPort transactions, Clock clock,
                                                         DocumentIndexesPort indexes, DirectoryReplicator replicator) {
        return ReplicatingUseCases.changeSchema(new ChangeCollectionSchemaService(policy, loadCollection, saveCollection,
                checkSchema, transactions, clock, indexes), replicator);
    }

    @Singleton
    GetCollectionUseCase getCollection(ProjectAccessPolicy policy, LoadCollectionPort loadCollection) {
        return new GetCollectionService(policy, loadCollection);
    }

    @Singleton
    ListCollectionsUseCase listCollections(ProjectAccessPolicy policy, LoadCollectionPort loadCollection) {
        return new ListCollectionsService(policy, loadCollection);
    }
}
