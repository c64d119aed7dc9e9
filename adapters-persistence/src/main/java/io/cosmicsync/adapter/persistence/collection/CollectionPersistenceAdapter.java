package io.cosmicsync.adapter.persistence.collection;

import static io.cosmicsync.adapter.persistence.common.SqlValues.instant;
import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cosmicsync.adapter.persistence.common.CacheInvalidation;
import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.collection.port.out.SaveCollectionPort;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.StandardResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collection ports on {@code collections} (one row per collection) and {@code collection_schemas}
 * (one row per version, never updated). Conflict policies are a {@code jsonb} object from field path to
 * resolver name, written with {@code jsonb_object} and read with {@code jsonb_each_text}. Callers run
 * {@link #insertCollection} in a transaction (it writes both tables). Store failures and rows the domain
 * refuses are {@link StorageException}s.
 */
@Singleton
public final class CollectionPersistenceAdapter implements LoadCollectionPort, SaveCollectionPort {

    private static final String SELECT_VERSIONS = "SELECT s.project_id, s.name, s.version, s.schema, s.indexes,"
            + " s.migration, s.created_at,"
            + " ARRAY(SELECT key FROM jsonb_each_text(s.conflict_policies) ORDER BY key) AS policy_fields,"
            + " ARRAY(SELECT value FROM jsonb_each_text(s.conflict_policies) ORDER BY key) AS policy_resolvers"
            + " FROM collection_schemas s WHERE s.project_id = ?";

    /** Most collections kept in memory. */
    static final int CACHED = 10_000;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    /** Asked on every document read and write; versions are only ever added, through {@link #appendVersion}. */
    private final Cache<Key, Optional<Collection>> cache = Caffeine.newBuilder().maximumSize(CACHED).build();

    private record Key(ProjectId projectId, CollectionName name) {
    }

    CollectionPersistenceAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The collection with every version, from memory after the first lookup (at most {@value #CACHED}
     * collections). {@link #appendVersion} forgets it at once and again when the surrounding transaction
     * ends, so a lookup racing the new version's commit cannot keep the old definition.
     */
    @Override
    public Optional<Collection> loadCollection(ProjectId projectId, CollectionName name) {
        return cache.get(new Key(projectId, name), key -> load("loading collection " + name + " of project " + projectId,
                SELECT_VERSIONS + " AND s.name = ? ORDER BY s.version", projectId, name.value()).stream().findFirst());
    }

    private void forget(ProjectId projectId, CollectionName name) {
        Key key = new Key(projectId, name);
        CacheInvalidation.nowAndAfterTransaction(transactions, () -> cache.invalidate(key));
    }

    @Override
    public List<Collection> loadCollections(ProjectId projectId) {
        return load("loading the collections of project " + projectId,
                SELECT_VERSIONS + " ORDER BY s.name, s.version", projectId);
    }

    @Override
    public boolean insertCollection(Collection collection) {
        String sql = "INSERT INTO collections (project_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
        int inserted = StorageCalls.call("inserting collection " + collection.name(),
                () -> JdbcStatements.withStatement(jdbc, sql, insert -> {
                    insert.setObject(1, collection.projectId().value());
                    insert.setString(2, collection.name().value());
                    insert.setObject(3, timestamptz(collection.createdAt()));
                    return insert.executeUpdate();
                }));
        if (inserted == 0) {
            return false;
        }
        for (SchemaVersion version : collection.versions()) {
            if (!appendVersion(collection.projectId(), collection.name(), version)) {
                throw new StorageException("collection " + collection.name() + " already had version " + version.version());
            }
        }
        return true;
    }

    @Override
    public boolean appendVersion(ProjectId projectId, CollectionName name, SchemaVersion version) {
        String sql = "INSERT INTO collection_schemas (project_id, name, version, schema, indexes, conflict_policies,"
                + " migration, created_at) VALUES (?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?)"
                + " ON CONFLICT (project_id, name, version) DO NOTHING";
        boolean added = StorageCalls.call("adding version " + version.version() + " of collection " + name,
                () -> JdbcStatements.withStatement(jdbc, sql, insert -> {
                    List<String> fields = new ArrayList<>();
                    List<String> resolvers = new ArrayList<>();
                    version.conflictPolicies().forEach((field, resolver) -> {
                        fields.add(field.value());
                        resolvers.add(SchemaVersion.token(resolver));
                    });
                    insert.setObject(1, projectId.value());
                    insert.setString(2, name.value());
                    insert.setInt(3, version.version());
                    insert.setString(4, version.schema());
                    insert.setArray(5, textArray(insert, version.indexes().stream().map(FieldPath::value).toList()));
                    insert.setArray(6, textArray(insert, fields));
                    insert.setArray(7, textArray(insert, resolvers));
                    insert.setString(8, version.migration());
                    insert.setObject(9, timestamptz(version.createdAt()));
                    return insert.executeUpdate() == 1;
                }));
        forget(projectId, name);
        return added;
    }

    private List<Collection> load(String action, String sql, ProjectId projectId, String... names) {
        Map<String, List<SchemaVersion>> byName = StorageCalls.call(action,
                () -> JdbcStatements.withStatement(jdbc, sql, select -> {
                    select.setObject(1, projectId.value());
                    for (int i = 0; i < names.length; i++) {
                        select.setString(i + 2, names[i]);
                    }
                    Map<String, List<SchemaVersion>> versions = new LinkedHashMap<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            versions.computeIfAbsent(rs.getString("name"), n -> new ArrayList<>()).add(version(rs));
                        }
                    }
                    return versions;
                }));
        List<Collection> collections = new ArrayList<>();
        byName.forEach((name, versions) -> collections.add(
                Collection.reconstitute(projectId, new CollectionName(name), versions)));
        return collections;
    }

    private static SchemaVersion version(ResultSet rs) throws SQLException {
        try {
            List<FieldPath> indexes = strings(rs, "indexes").stream().map(FieldPath::new).toList();
            List<String> fields = strings(rs, "policy_fields");
            List<String> resolvers = strings(rs, "policy_resolvers");
            Map<FieldPath, StandardResolver> policies = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                policies.put(new FieldPath(fields.get(i)), SchemaVersion.resolver(fields.get(i), resolvers.get(i)));
            }
            return new SchemaVersion(rs.getInt("version"), rs.getString("schema"), indexes, policies,
                    rs.getString("migration"), instant(rs, "created_at"));
        } catch (InvalidValueException | IllegalArgumentException e) {
            throw new StorageException("collection_schemas holds a version the domain refuses: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.sql.Array textArray(PreparedStatement statement, List<String> values) throws SQLException {
        return statement.getConnection().createArrayOf("text", values.toArray(String[]::new));
    }
}
