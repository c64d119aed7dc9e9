package io.cosmicsync.adapter.persistence.collection;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.ConflictResolver;
import io.cosmicsync.domain.sync.StandardResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The conflict policy a collection's current schema version defines, for the sync core: a document's
 * scope is its project id, its collection a collection name. One indexed query on
 * {@code collection_schemas} (primary key) per call.
 */
@Singleton
public final class StoredConflictPolicies {

    /** One row per resolver of the current version; one row of nulls when it has none; none for no collection. */
    private static final String SQL = "SELECT p.key, p.value FROM collection_schemas s"
            + " LEFT JOIN LATERAL jsonb_each_text(s.conflict_policies) p ON true"
            + " WHERE s.project_id = ? AND s.name = ? AND s.version ="
            + " (SELECT max(version) FROM collection_schemas WHERE project_id = ? AND name = ?)";

    private final JdbcOperations jdbc;

    StoredConflictPolicies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        return StorageCalls.call("loading the conflict policy of collection " + name,
                () -> JdbcStatements.withStatement(jdbc, SQL, select -> {
                    select.setObject(1, projectId.value());
                    select.setString(2, name.value());
                    select.setObject(3, projectId.value());
                    select.setString(4, name.value());
                    boolean found = false;
                    Map<String, ConflictResolver> resolvers = new LinkedHashMap<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found = true;
                            if (rs.getString(1) != null) {
                                resolvers.put(rs.getString(1), resolver(rs.getString(1), rs.getString(2)));
                            }
                        }
                    }
                    return found ? Optional.of(new ConflictPolicy(resolvers, StandardResolver.LAST_WRITER_WINS))
                            : Optional.<ConflictPolicy>empty();
                }));
    }

    private static StandardResolver resolver(String field, String stored) {
        try {
            return SchemaVersion.resolver(field, stored);
        } catch (InvalidValueException e) {
            throw new StorageException("collection_schemas holds an unknown resolver '" + stored + "'", e);
        }
    }
}
