package io.cosmicsync.application.collection.service;

import io.cosmicsync.application.collection.port.in.DefineCollectionCommand;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.project.ProjectAction;
import java.time.Clock;

/** Defines a collection with its first version, creating its document indexes; owners and editors may. */
public final class DefineCollectionService implements DefineCollectionUseCase {

    private final ProjectAccessPolicy policy;
    private final SaveCollectionPort saveCollection;
    private final SchemaVersions versions;
    private final TransactionPort transactions;
    private final DocumentIndexesPort indexes;

    public DefineCollectionService(ProjectAccessPolicy policy, SaveCollectionPort saveCollection,
                                   CheckSchemaPort checkSchema, TransactionPort transactions, Clock clock,
                                   DocumentIndexesPort indexes) {
        this.indexes = indexes;
        this.policy = policy;
        this.saveCollection = saveCollection;
        this.versions = new SchemaVersions(checkSchema, clock);
        this.transactions = transactions;
    }

    @Override
    public Outcome<Collection> defineCollection(DefineCollectionCommand command) {
        return transactions.inTransaction(() -> {
            AccessDecision access = policy.decide(command.actor(), command.projectId(), ProjectAction.WRITE);
            if (!access.allowed()) {
                return access.refusal();
            }
            CollectionName name = new CollectionName(command.name());
            Collection collection = Collection.create(command.projectId(), name,
                    versions.build(1, command.definition()));
            if (!saveCollection.insertCollection(collection)) {
                return Outcome.conflict("name", "the project already has a collection named " + name
                        + "; add a version to it instead");
            }
            indexes.createIndexes(collection.projectId(), name, collection.current().indexes());
            return Outcome.success(collection);
        });
    }
}
