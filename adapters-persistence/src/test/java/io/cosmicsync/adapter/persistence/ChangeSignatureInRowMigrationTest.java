package io.cosmicsync.adapter.persistence;

import static io.cosmicsync.adapter.persistence.MigrationDatabases.createDatabase;
import static io.cosmicsync.adapter.persistence.MigrationDatabases.migrate;
import static io.cosmicsync.adapter.persistence.MigrationDatabases.rollback;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Upgrades a database whose change signatures are all in {@code sync_change_signatures} and checks that 0008 moved
 * each logged change's signature into its {@code sync_changes} row, leaving only parked changes' in the table.
 * Changes are named by the byte their 32-byte id repeats: {@code aa} logged with a signature, {@code bb} pruned (no
 * body) with one, {@code cc} logged before signatures were kept, {@code dd} parked (not logged).
 */
class ChangeSignatureInRowMigrationTest {

    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    /** The changelog through 0008, so that rolling back one change set rolls back 0008 whatever comes after it. */
    private static final String THROUGH_0008 = "db/changelog/through-change-signature-in-row.yaml";

    @Test
    void a_logged_changes_signature_moves_into_its_row_and_only_parked_changes_signatures_stay_in_the_table() throws Exception {
        try (Connection connection = databaseBeforeTheMove()) {
            migrate(connection, MASTER);

            assertThat(rows(connection, "SELECT encode(substr(id, 1, 1), 'hex') || ' ' || coalesce(encode(signature, 'hex'), '-')"
                    + " FROM sync_changes ORDER BY seq")).containsExactly("aa 51", "bb -", "cc -");
            assertThat(rows(connection, "SELECT encode(substr(change_id, 1, 1), 'hex') || ' ' || encode(signature, 'hex')"
                    + " FROM sync_change_signatures")).containsExactly("dd 54");
        }
    }

    @Test
    void rolling_back_moves_the_logged_signatures_back_into_the_table() throws Exception {
        try (Connection connection = databaseBeforeTheMove()) {
            migrate(connection, THROUGH_0008);

            rollback(connection, THROUGH_0008, 1);

            assertThat(rows(connection, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'sync_changes' AND column_name = 'signature'")).isEmpty();
            assertThat(rows(connection, "SELECT encode(substr(change_id, 1, 1), 'hex') || ' ' || encode(signature, 'hex')"
                    + " FROM sync_change_signatures ORDER BY change_id")).as("a pruned change's signature is not kept")
                    .containsExactly("aa 51", "dd 54");
        }
    }

    private static Connection databaseBeforeTheMove() throws Exception {
        Connection connection = createDatabase();
        migrate(connection, "db/changelog/before-change-signature-in-row.yaml");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO sync_changes (id, author, hlc_physical, hlc_logical, body) VALUES"
                    + " (" + id("aa") + ", 'peer-a', 1, 0, '\\x01'), (" + id("bb") + ", 'peer-a', 2, 0, NULL),"
                    + " (" + id("cc") + ", 'peer-a', 3, 0, '\\x03')");
            statement.execute("INSERT INTO sync_change_signatures (change_id, signature) VALUES"
                    + " (" + id("aa") + ", '\\x51'), (" + id("bb") + ", '\\x52'), (" + id("dd") + ", '\\x54')");
        }
        return connection;
    }

    private static String id(String name) {
        return "decode(repeat('" + name + "', 32), 'hex')";
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
