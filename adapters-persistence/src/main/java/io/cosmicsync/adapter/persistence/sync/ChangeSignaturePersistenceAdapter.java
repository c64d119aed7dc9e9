package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.ChangeSignaturesPort;
import io.cosmicsync.domain.sync.ChangeId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ChangeSignaturesPort} on {@code sync_change_signatures} (change id → signature bytes, for parked changes) and
 * the {@code signature} column of {@code sync_changes} (logged changes; written by {@link ChangeLogWriteAdapter},
 * which also deletes a change's parked row when it logs the change). Saving is one batched insert that keeps the first
 * signature of an id; loading is one query over an array of ids, reading both places.
 */
@Singleton
public final class ChangeSignaturePersistenceAdapter implements ChangeSignaturesPort {

    private static final String INSERT = "INSERT INTO sync_change_signatures (change_id, signature)"
            + " SELECT * FROM unnest(?::bytea[], ?::bytea[]) ON CONFLICT (change_id) DO NOTHING";
    /** Logged changes' signatures (none once pruned), then parked ones'; an id is never in both. Binds the ids twice. */
    private static final String SELECT = "SELECT id, signature FROM sync_changes WHERE id = ANY (?) AND signature IS NOT NULL"
            + " UNION ALL SELECT change_id, signature FROM sync_change_signatures WHERE change_id = ANY (?)";

    private final JdbcOperations jdbc;

    ChangeSignaturePersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveSignatures(Map<ChangeId, byte[]> signatures) {
        if (signatures.isEmpty()) {
            return;
        }
        StorageCalls.run("saving " + signatures.size() + " change signatures", () -> jdbc.execute(connection -> {
            List<Map.Entry<ChangeId, byte[]>> entries = List.copyOf(signatures.entrySet());
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                SqlValues.bindArray(insert, 1, entries.stream().map(e -> e.getKey().bytes()).toArray(byte[][]::new));
                SqlValues.bindArray(insert, 2, entries.stream().map(Map.Entry::getValue).toArray(byte[][]::new));
                return insert.executeUpdate();
            }
        }));
    }

    @Override
    public Map<ChangeId, byte[]> loadSignatures(Collection<ChangeId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return StorageCalls.call("loading " + ids.size() + " change signatures", () -> jdbc.execute(connection -> {
            Map<ChangeId, byte[]> out = new HashMap<>();
            byte[][] wanted = ids.stream().map(ChangeId::bytes).toArray(byte[][]::new);
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                SqlValues.bindArray(select, 1, wanted);
                SqlValues.bindArray(select, 2, wanted);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.put(ChangeId.of(rs.getBytes(1)), rs.getBytes(2));
                    }
                }
            }
            return out;
        }));
    }
}
