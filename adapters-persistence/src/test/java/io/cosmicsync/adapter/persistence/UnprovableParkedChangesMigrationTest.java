package io.cosmicsync.adapter.persistence;

import static io.cosmicsync.adapter.persistence.MigrationDatabases.createDatabase;
import static io.cosmicsync.adapter.persistence.MigrationDatabases.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Upgrades a database holding two parked changes, {@code aa} with its signature kept and {@code bb} parked before
 * signatures were kept, and checks that 0010 drops only {@code bb} (it could never be logged; anti-entropy fetches it
 * again, signed). Changes are named by the byte their 32-byte id repeats.
 */
class UnprovableParkedChangesMigrationTest {

    @Test
    void a_parked_change_without_a_kept_signature_is_dropped_and_a_signed_one_stays_parked() throws Exception {
        try (Connection connection = createDatabase()) {
            migrate(connection, "db/changelog/before-unprovable-parked-changes.yaml");
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO sync_pending_changes (change_id, body) VALUES"
                        + " (decode(repeat('aa', 32), 'hex'), '\\x01'), (decode(repeat('bb', 32), 'hex'), '\\x02')");
                statement.execute("INSERT INTO sync_change_signatures (change_id, signature) VALUES (decode(repeat('aa', 32), 'hex'), '\\x51')");
            }

            migrate(connection, "db/changelog/db.changelog-master.yaml");

            assertThat(parked(connection)).containsExactly("aa");
        }
    }

    private static List<String> parked(Connection connection) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT encode(substr(change_id, 1, 1), 'hex') FROM sync_pending_changes ORDER BY position")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
