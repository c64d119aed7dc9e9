package io.cosmicsync.bootstrap.database;

import io.cosmicsync.bootstrap.support.SharedDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void runs_durable_with_fsync_and_synchronous_commit_on() throws SQLException {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void listens_on_loopback_only() throws SQLException {
        assertThat(setting("listen_addresses")).isEqualTo("127.0.0.1");
    }

    private static String setting(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SharedDatabase.get().jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
