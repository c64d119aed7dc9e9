package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadReplicaVectorsPort;
import io.cosmicsync.application.sync.port.out.SaveReplicaVectorPort;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link LoadReplicaVectorsPort} and {@link SaveReplicaVectorPort} on {@code sync_replica_vectors}: one
 * row per replica with the vector it last reported, as three parallel arrays (an empty vector is an empty
 * row, so a replica that has seen nothing still counts as known). A report replaces the previous one in a
 * single upsert; it needs no sync write lock.
 */
@Singleton
public final class ReplicaVectorPersistenceAdapter implements LoadReplicaVectorsPort, SaveReplicaVectorPort {

    private static final String SELECT = "SELECT peer, authors, hlc_physicals, hlc_logicals FROM sync_replica_vectors";
    private static final String UPSERT = """
            INSERT INTO sync_replica_vectors (peer, authors, hlc_physicals, hlc_logicals, reported_at)
            VALUES (?, ?::text[], ?::int8[], ?::int4[], now())
            ON CONFLICT (peer) DO UPDATE SET authors = excluded.authors, hlc_physicals = excluded.hlc_physicals,
              hlc_logicals = excluded.hlc_logicals, reported_at = excluded.reported_at""";

    private final JdbcOperations jdbc;

    ReplicaVectorPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PeerId, VersionVector> loadReplicaVectors() {
        return StorageCalls.call("loading replica vectors", () -> jdbc.execute(connection -> {
            Map<PeerId, VersionVector> out = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.put(new PeerId(rs.getString("peer")), VectorRows.fromArrays(rs, "authors", "hlc_physicals", "hlc_logicals"));
                }
            }
            return Map.copyOf(out);
        }));
    }

    @Override
    public void saveReplicaVector(PeerId replica, VersionVector seen) {
        StorageCalls.run("saving the vector of " + replica, () -> jdbc.execute(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, replica.value());
                VectorRows.bind(upsert, 2, seen);
                return upsert.executeUpdate();
            }
        }));
    }
}
