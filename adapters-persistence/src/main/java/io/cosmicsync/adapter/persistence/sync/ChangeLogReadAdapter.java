package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link LoadChangesPort} on {@code sync_changes}, {@code sync_heads}, {@code sync_version_vector} and
 * {@code sync_pruned_vector}. Log order is {@code seq}, the order changes were appended (a causal order).
 * A change not covered by a vector is one whose author has no entry or whose HLC is greater than the
 * entry; pruned changes (no body) are never returned. Each change comes with its signature, from the same row. A page
 * after a log position starts its scan of the {@code seq} index there; the first page of a vector that knows every
 * author in the log starts at the first change it does not cover, found per author through the author/HLC index, so an
 * up-to-date peer's periodic round reads what it lacks rather than the whole log.
 */
@Singleton
public final class ChangeLogReadAdapter implements LoadChangesPort {

    private static final String IS_APPLIED = "SELECT 1 FROM sync_changes WHERE id = ?";
    private static final String APPLIED_AMONG = "SELECT id FROM sync_changes WHERE id = ANY (?::bytea[])";
    private static final String HEADS = "SELECT change_id FROM sync_heads";
    private static final String NOT_COVERED = "SELECT c.seq, c.id, c.body, c.signature FROM sync_changes c LEFT JOIN " + VectorRows.UNNEST
            + " ON v.author = c.author WHERE c.body IS NOT NULL AND c.seq > ?"
            + " AND (v.author IS NULL OR (c.hlc_physical, c.hlc_logical) > (v.hlc_physical, v.hlc_logical))"
            + " ORDER BY c.seq LIMIT ?";
    /** The lowest seq of an author's changes after an HLC, through the author/HLC index ({@code + 0}: not a seq-index walk). */
    private static final String FIRST_AFTER = "SELECT min(seq + 0) FROM sync_changes WHERE author = ?"
            + " AND (hlc_physical, hlc_logical) > (?, ?)";

    /** {@link #beforeFirstNotCovered}'s answer when the vector covers the whole log. */
    private static final long NOTHING_NOT_COVERED = -1;

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
                SqlValues.bindArray(select, 1, ids.stream().map(ChangeId::bytes).toArray(byte[][]::new));
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
            long after = afterSeq == 0 ? beforeFirstNotCovered(connection, vector) : afterSeq;
            if (after == NOTHING_NOT_COVERED) {
                return List.of();
            }
            try (PreparedStatement select = connection.prepareStatement(NOT_COVERED)) {
                VectorRows.bind(select, 1, vector);
                select.setLong(4, after);
                select.setInt(5, max);
                List<SequencedChange> page = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new SequencedChange(rs.getLong(1), ChangeId.of(rs.getBytes(2)), rs.getBytes(3), rs.getBytes(4)));
                    }
                }
                return page;
            }
        }));
    }

    /**
     * The log position just before the first change {@code vector} does not cover, or {@link #NOTHING_NOT_COVERED}.
     * 0 when the vector lacks an author of the log: that author's first change may be anywhere, and finding it would
     * read all of them. Each author's entry is bound as values, so PostgreSQL plans an index range for it.
     */
    private static long beforeFirstNotCovered(Connection connection, VersionVector vector) throws SQLException {
        VersionVector logged = VectorRows.load(connection, "sync_version_vector");
        long first = Long.MAX_VALUE;
        try (PreparedStatement select = connection.prepareStatement(FIRST_AFTER)) {
            for (Map.Entry<PeerId, Hlc> author : logged.entries().entrySet()) {
                if (!vector.entries().containsKey(author.getKey())) {
                    return 0;
                }
                Hlc seen = vector.get(author.getKey());
                if (seen.compareTo(author.getValue()) >= 0) {
                    continue;
                }
                select.setString(1, author.getKey().value());
                select.setLong(2, seen.physicalMillis());
                select.setInt(3, seen.logical());
                try (ResultSet rs = select.executeQuery()) {
                    long seq = rs.next() ? rs.getLong(1) : 0;
                    if (seq > 0) {
                        first = Math.min(first, seq);
                    }
                }
            }
        }
        return first == Long.MAX_VALUE ? NOTHING_NOT_COVERED : first - 1;
    }

    @Override
    public VersionVector prunedVector() {
        return StorageCalls.call("loading the pruned vector", () -> jdbc.execute(c -> VectorRows.load(c, "sync_pruned_vector")));
    }
}
