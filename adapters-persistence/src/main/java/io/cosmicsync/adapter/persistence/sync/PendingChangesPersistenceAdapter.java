package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.PendingChangesPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.ChangeId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link PendingChangesPort} on {@code sync_pending_changes}: the causal buffer's changes, ordered by an
 * identity column ({@code position}), so they survive a restart and come back in arrival order.
 *
 * <p>A save replaces the stored list. The causal buffer's usual save keeps the stored changes it still
 * holds, in their order, and appends the new arrivals; that case deletes the released rows and inserts
 * only the new ones, so a large buffer is not rewritten on every call. Any other list (a reordering) is
 * written from scratch.
 */
@Singleton
public final class PendingChangesPersistenceAdapter implements PendingChangesPort {

    private static final String LOAD = "SELECT body FROM sync_pending_changes ORDER BY position";
    private static final String STORED_IDS = "SELECT position, change_id FROM sync_pending_changes ORDER BY position";
    private static final String DELETE_ONE = "DELETE FROM sync_pending_changes WHERE position = ?";
    private static final String DELETE_ALL = "DELETE FROM sync_pending_changes";
    private static final String INSERT = "INSERT INTO sync_pending_changes (change_id, body) VALUES (?, ?)";

    private final JdbcOperations jdbc;

    PendingChangesPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Change> loadPending() {
        List<byte[]> bodies = StorageCalls.call("loading pending changes", () -> jdbc.execute(connection -> {
            List<byte[]> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(LOAD); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getBytes(1));
                }
            }
            return out;
        }));
        return bodies.stream().map(SyncEncodings::change).toList();
    }

    @Override
    public void savePending(List<Change> waiting) {
        StorageCalls.run("saving pending changes", () -> jdbc.execute(connection -> {
            save(connection, waiting);
            return null;
        }));
    }

    private static void save(Connection connection, List<Change> waiting) throws SQLException {
        List<Long> positions = new ArrayList<>();
        List<ChangeId> storedIds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(STORED_IDS); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                positions.add(rs.getLong(1));
                storedIds.add(ChangeId.of(rs.getBytes(2)));
            }
        }
        Set<ChangeId> wanted = new HashSet<>();
        waiting.forEach(c -> wanted.add(c.id()));
        List<ChangeId> kept = storedIds.stream().filter(wanted::contains).toList();
        Set<ChangeId> stored = new HashSet<>(storedIds);
        List<Change> arrivals = waiting.subList(Math.min(kept.size(), waiting.size()), waiting.size());
        boolean keepsOrder = kept.size() <= waiting.size()
                && waiting.subList(0, kept.size()).stream().map(Change::id).toList().equals(kept)
                && arrivals.stream().noneMatch(c -> stored.contains(c.id()));
        if (!keepsOrder) {
            try (PreparedStatement deleteAll = connection.prepareStatement(DELETE_ALL)) {
                deleteAll.executeUpdate();
            }
            insert(connection, waiting);
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ONE)) {
            for (int i = 0; i < storedIds.size(); i++) {
                if (!wanted.contains(storedIds.get(i))) {
                    delete.setLong(1, positions.get(i));
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
        insert(connection, arrivals);
    }

    private static void insert(Connection connection, List<Change> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Change c : changes) {
                insert.setBytes(1, c.id().bytes());
                insert.setBytes(2, ChangeCodec.encode(c));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
