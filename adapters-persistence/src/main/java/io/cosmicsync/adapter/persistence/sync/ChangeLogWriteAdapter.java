package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.PruneChangesPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link AppendChangesPort} and {@link PruneChangesPort} on {@code sync_changes}, {@code sync_heads},
 * {@code sync_version_vector} and {@code sync_pruned_vector}.
 *
 * <p>Appending a change inserts its row ({@link ChangeCodec} bytes plus id, author, HLC and scopes columns), makes
 * it a head in place of its dependencies, raises the version vector's entry for its author, and raises
 * {@code updated_hlc} of the documents it touches. A change already logged is refused with an
 * {@link IllegalStateException} (like the reference fake), which rolls the caller's transaction back.
 * Callers hold the sync write lock ({@link SyncTransactionAdapter}): these are read-modify-writes.
 *
 * <p>Pruning clears the bodies of changes the stable vector covers and raises the pruned vector; the rows
 * (id, author, HLC: about 100 bytes each) stay, so the change still counts as applied.
 */
@Singleton
public final class ChangeLogWriteAdapter implements AppendChangesPort, PruneChangesPort {

    /**
     * One round trip per change: the row, the heads, the vector and the documents' {@code updated_hlc}, each
     * statement after the insert acting only when the insert did (a change logged already changes nothing).
     * Parameters: id, author, HLC physical, HLC logical, body, scopes (text[]), dependencies (bytea[]), touched
     * documents as three text[] (scope, collection, id). Returns one row: 1 when appended, 0 when it was logged.
     */
    private static final String APPEND = """
            WITH c AS (SELECT ?::bytea AS id, ?::text AS author, ?::bigint AS physical, ?::int AS logical),
            inserted AS (
              INSERT INTO sync_changes (id, author, hlc_physical, hlc_logical, body, scopes)
              SELECT id, author, physical, logical, ?, ?::text[] FROM c
              ON CONFLICT (id) DO NOTHING RETURNING id),
            dropped AS (
              DELETE FROM sync_heads WHERE change_id = ANY (?::bytea[]) AND EXISTS (SELECT 1 FROM inserted)),
            head AS (
              INSERT INTO sync_heads (change_id) SELECT id FROM inserted ON CONFLICT DO NOTHING),
            raised AS (
              INSERT INTO sync_version_vector AS t (author, hlc_physical, hlc_logical)
              SELECT author, physical, logical FROM c WHERE EXISTS (SELECT 1 FROM inserted)
              ON CONFLICT (author) DO UPDATE SET hlc_physical = excluded.hlc_physical, hlc_logical = excluded.hlc_logical
              WHERE (t.hlc_physical, t.hlc_logical) < (excluded.hlc_physical, excluded.hlc_logical)),
            touched AS (
              UPDATE sync_documents d SET updated_hlc_physical = c.physical, updated_hlc_logical = c.logical
              FROM c, unnest(?::text[], ?::text[], ?::text[]) AS r(scope, collection, doc_id)
              WHERE EXISTS (SELECT 1 FROM inserted) AND d.scope = r.scope AND d.collection = r.collection
                AND d.doc_id = r.doc_id AND (d.updated_hlc_physical, d.updated_hlc_logical) < (c.physical, c.logical))
            SELECT count(*) FROM inserted""";
    private static final String PRUNE = "UPDATE sync_changes c SET body = NULL FROM " + VectorRows.UNNEST
            + " WHERE c.author = v.author AND c.body IS NOT NULL AND (c.hlc_physical, c.hlc_logical) <= (v.hlc_physical, v.hlc_logical)";

    private final JdbcOperations jdbc;

    ChangeLogWriteAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void appendChanges(List<Change> changes) {
        for (Change change : changes) {
            boolean appended = StorageCalls.call("appending change " + change.id(), () -> jdbc.execute(c -> append(c, change)));
            if (!appended) {
                throw new IllegalStateException("change appended twice: " + change.id());
            }
        }
    }

    private static boolean append(Connection connection, Change change) throws SQLException {
        Set<DocumentRef> documents = new TreeSet<>();
        change.operations().stream().map(Operation::document).forEach(documents::add);
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setBytes(1, change.id().bytes());
            append.setString(2, change.author().value());
            append.setLong(3, change.hlc().physicalMillis());
            append.setInt(4, change.hlc().logical());
            append.setBytes(5, ChangeCodec.encode(change));
            append.setArray(6, connection.createArrayOf("text", ChangeScopes.of(change).toArray()));
            append.setArray(7, connection.createArrayOf("bytea",
                    change.dependencies().stream().map(ChangeId::bytes).toArray(byte[][]::new)));
            append.setArray(8, connection.createArrayOf("text", documents.stream().map(DocumentRef::scope).toArray()));
            append.setArray(9, connection.createArrayOf("text", documents.stream().map(DocumentRef::collection).toArray()));
            append.setArray(10, connection.createArrayOf("text", documents.stream().map(DocumentRef::id).toArray()));
            try (ResultSet rs = append.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        }
    }

    @Override
    public int pruneChangesCoveredBy(VersionVector stable) {
        return StorageCalls.call("pruning the change log", () -> jdbc.execute(connection -> {
            int pruned;
            try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
                VectorRows.bind(connection, prune, 1, stable);
                pruned = prune.executeUpdate();
            }
            try (PreparedStatement merge = connection.prepareStatement(VectorRows.mergeInto("sync_pruned_vector"))) {
                VectorRows.bind(connection, merge, 1, stable);
                merge.executeUpdate();
            }
            return pruned;
        }));
    }
}
