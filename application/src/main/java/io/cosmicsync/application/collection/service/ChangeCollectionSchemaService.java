package io.cosmicsync.application.collection.service;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaCommand;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.out.CheckSchemaPort;
import io.cosmicsync.application.collection.port.out.DocumentIndexesPort;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.project.ProjectAction;
import java.time.Clock;
import java.util.List;

/**
 * Adds a schema version; owners and editors may. A change that could make documents written under the
 * current version invalid needs a declared migration. The document indexes follow the new version's
 * index list (created and dropped in the same transaction).
 */
public final class ChangeCollectionSchemaService implements ChangeCollectionSchemaUseCase {

    private final ProjectAccessPolicy policy;
    private final LoadCollectionPort loadCollection;
    private final SaveCollectionPort saveCollection;
    private final CheckSchemaPort checkSchema;
    private final SchemaVersions versions;
    private final TransactionPort transactions;
    private final DocumentIndexesPort indexes;

    public ChangeCollectionSchemaService(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                         SaveCollectionPort saveCollection, CheckSchemaPort checkSchema,
                                         TransactionPort transactions, Clock clock, DocumentIndexesPort indexes) {
        this.indexes = indexes;
        this.policy = policy;
        this.loadCollection = loadCollection;
        this.saveCollection = saveCollection;
        this.checkSchema = checkSchema;
        this.versions = new SchemaVersions(checkSchema, clock);
        this.transactions = transactions;
    }

    @Override
    public Outcome<Collection> changeSchema(ChangeCollectionSchemaCommand command) {
        return transactions.inTransaction(() -> {
            AccessDecision access = policy.decide(command.actor(), command.projectId(), ProjectAction.WRITE);
            if (!access.allowed()) {
                return access.refusal();
            }
            CollectionName name = new CollectionName(command.name());
            return loadCollection.loadCollection(command.projectId(), name)
                    .map(collection -> addVersion(collection, command))
                    .orElseGet(() -> Outcome.notFound("collection " + name + " in project " + command.projectId()));
        });
    }

    private Outcome<Collection> addVersion(Collection collection, ChangeCollectionSchemaCommand command) {
        SchemaVersion current = collection.current();
        SchemaVersion next = versions.build(collection.nextVersion(), command.definition());
        List<String> breaking = checkSchema.breakingChanges(current.schema(), next.schema());
        if (!breaking.isEmpty() && !next.declaresMigration()) {
            return Outcome.conflict("schema", "version " + next.version() + " would break documents written under "
                    + "version " + current.version() + ": " + String.join("; ", breaking)
                    + "; declare a migration to make this change anyway");
        }
        if (!saveCollection.appendVersion(collection.projectId(), collection.name(), next)) {
            return Outcome.conflict("schema", "another version of " + collection.name()
                    + " was added meanwhile; read the collection and try again");
        }
        indexes.dropIndexes(collection.projectId(), collection.name(), current.indexes().stream()
                .filter(field -> !next.indexes().contains(field)).toList());
        indexes.createIndexes(collection.projectId(), collection.name(), next.indexes());
        return Outcome.success(collection.withVersion(next));
    }
}
