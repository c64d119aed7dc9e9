package io.cosmicsync.adapter.persistence.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

/** Empties the sync tables between tests. */
final class SyncTables {

    private SyncTables() {
    }

    static void truncate(JdbcOperations jdbc) {
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate("TRUNCATE sync_changes, sync_heads, sync_version_vector, sync_pruned_vector,"
                        + " sync_pending_changes, sync_replica_vectors, sync_documents, sync_change_signatures");
            }
        });
    }
}
