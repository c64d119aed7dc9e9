package io.cosmicsync.adapter.persistence.collection;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.ConflictResolver;
import io.cosmicsync.domain.sync.StandardResolver;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The conflict policy a collection's current schema version defines, for the sync core: a document's
 * scope is its project id, its collection a collection name. Asked on every document read and write; read
 * from the collection definition as {@link CollectionPersistenceAdapter} keeps it in memory.
 */
@Singleton
public final class StoredConflictPolicies {

    private final LoadCollectionPort collections;

    StoredConflictPolicies(LoadCollectionPort collections) {
        this.collections = collections;
    }

    /**
     * The policy of collection {@code collection} in project {@code scope}: its resolvers, last-writer-wins
     * elsewhere. Empty when the scope is not a project id, the name not a collection name, or there is no
     * such collection.
     */
    public Optional<ConflictPolicy> find(String scope, String collection) {
        ProjectId projectId;
        CollectionName name;
        try {
            projectId = ProjectId.parse(scope);
            name = new CollectionName(collection);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return collections.loadCollection(projectId, name).map(found -> {
            Map<String, ConflictResolver> resolvers = new LinkedHashMap<>();
            found.current().conflictPolicies().forEach((field, resolver) -> resolvers.put(field.value(), resolver));
            return new ConflictPolicy(resolvers, StandardResolver.LAST_WRITER_WINS);
        });
    }
}
