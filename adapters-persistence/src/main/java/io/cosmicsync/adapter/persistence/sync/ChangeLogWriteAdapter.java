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

    private static final String INSERT_CHANGE = """
            INSERT INTO sync_changes (id, author, hlc_physical, hlc_logical, body, scopes) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String DROP_HEAD = "DELETE FROM sync_heads WHERE change_id = ?";
    private static final String ADD_HEAD = "INSERT INTO sync_heads (change_id) VALUES (?) ON CONFLICT DO NOTHING";
    private static final String RAISE_VECTOR = """
            INSERT INTO sync_version_vector AS t (author, hlc_physical, hlc_logical) VALUES (?, ?, ?)
            ON CONFLICT (author) DO UPDATE SET hlc_physical = excluded.hlc_physical, hlc_logical = excluded.hlc_logical
            WHERE (t.hlc_physical, t.hlc_logical) < (excluded.hlc_physical, excluded.hlc_logical)""";
    private static final String TOUCH_DOCUMENT = """
            UPDATE sync_documents SET updated_hlc_physical = ?, updated_hlc_logical = ?
            WHERE scope = ? AND collection = ? AND doc_id = ? AND (updated_hlc_physical, updated_hlc_logical) < (?, ?)""";
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
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            insert.setBytes(1, change.id().bytes());
            insert.setString(2, change.author().value());
            insert.setLong(3, change.hlc().physicalMillis());
            insert.setInt(4, change.hlc().logical());
            insert.setBytes(5, ChangeCodec.encode(change));
            insert.setArray(6, connection.createArrayOf("text", ChangeScopes.of(change).toArray()));
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement drop = connection.prepareStatement(DROP_HEAD)) {
            for (ChangeId dependency : change.dependencies()) {
                drop.setBytes(1, dependency.bytes());
                drop.addBatch();
            }
            drop.executeBatch();
        }
        try (PreparedStatement add = connection.prepareStatement(ADD_HEAD)) {
            add.setBytes(1, change.id().bytes());
            add.executeUpdate();
        }
        try (PreparedStatement raise = connection.prepareStatement(RAISE_VECTOR)) {
            raise.setString(1, change.author().value());
            raise.setLong(2, change.hlc().physicalMillis());
            raise.setInt(3, change.hlc().logical());
            raise.executeUpdate();
        }
        touchDocuments(connection, change);
        return true;
    }

    private static void touchDocuments(Connection connection, Change change) throws SQLException {
        Set<DocumentRef> documents = new TreeSet<>();
        change.operations().stream().map(Operation::document).forEach(documents::add);
        try (PreparedStatement touch = connection.prepareStatement(TOUCH_DOCUMENT)) {
            for (DocumentRef ref : documents) {
                touch.setLong(1, change.hlc().physicalMillis());
                touch.setInt(2, change.hlc().logical());
                touch.setString(3, ref.scope());
                touch.setString(4, ref.collection());
                touch.setString(5, ref.id());
                touch.setLong(6, change.hlc().physicalMillis());
                touch.setInt(7, change.hlc().logical());
                touch.addBatch();
            }
            touch.executeBatch();
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
