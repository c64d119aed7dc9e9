package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link LoadChangesPort} on {@code sync_changes}, {@code sync_heads}, {@code sync_version_vector} and
 * {@code sync_pruned_vector}. Log order is {@code seq}, the order changes were appended (a causal order).
 * A change not covered by a vector is one whose author has no entry or whose HLC is greater than the
 * entry; pruned changes (no body) are never returned. A page after a log position starts its scan of the
 * {@code seq} index there.
 */
@Singleton
public final class ChangeLogReadAdapter implements LoadChangesPort {

    private static final String IS_APPLIED = "SELECT 1 FROM sync_changes WHERE id = ?";
    private static final String APPLIED_AMONG = "SELECT id FROM sync_changes WHERE id = ANY (?::bytea[])";
    private static final String HEADS = "SELECT change_id FROM sync_heads";
    private static final String NOT_COVERED = "SELECT c.seq, c.body FROM sync_changes c LEFT JOIN " + VectorRows.UNNEST
            + " ON v.author = c.author WHERE c.body IS NOT NULL AND c.seq > ?"
            + " AND (v.author IS NULL OR (c.hlc_physical, c.hlc_logical) > (v.hlc_physical, v.hlc_logical))"
            + " ORDER BY c.seq LIMIT ?";

    private final JdbcOperations jdbc;

    ChangeLogReadAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isApplied(ChangeId id) {
        return StorageCalls.call("looking up change " + id, () -> JdbcStatements.withStatement(jdbc, IS_APPLIED, select -> {
            select.setBytes(1, id.bytes());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }));
    }

    @Override
    public Set<ChangeId> appliedAmong(Collection<ChangeId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return StorageCalls.call("looking up " + ids.size() + " changes", () -> jdbc.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(APPLIED_AMONG)) {
                select.setArray(1, connection.createArrayOf("bytea", ids.stream().map(ChangeId::bytes).toArray(byte[][]::new)));
                Set<ChangeId> applied = new HashSet<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        applied.add(ChangeId.of(rs.getBytes(1)));
                    }
                }
                return applied;
            }
        }));
    }

    @Override
    public Set<ChangeId> heads() {
        return StorageCalls.call("loading the heads", () -> JdbcStatements.withStatement(jdbc, HEADS, select -> {
            Set<ChangeId> heads = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    heads.add(ChangeId.of(rs.getBytes(1)));
                }
            }
            return Set.copyOf(heads);
        }));
    }

    @Override
    public VersionVector versionVector() {
        return StorageCalls.call("loading the version vector", () -> jdbc.execute(c -> VectorRows.load(c, "sync_version_vector")));
    }

    @Override
    public List<SequencedChange> loadChangesAfter(long afterSeq, VersionVector vector, int max) {
        if (max < 1) {
            return List.of();
        }
        return StorageCalls.call("loading changes", () -> jdbc.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(NOT_COVERED)) {
                VectorRows.bind(connection, select, 1, vector);
                select.setLong(4, afterSeq);
                select.setInt(5, max);
                List<SequencedChange> page = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new SequencedChange(rs.getLong(1), SyncEncodings.change(rs.getBytes(2))));
                    }
                }
                return page;
            }
        }));
    }

    @Override
    public VersionVector prunedVector() {
        return StorageCalls.call("loading the pruned vector", () -> jdbc.execute(c -> VectorRows.load(c, "sync_pruned_vector")));
    }
}
