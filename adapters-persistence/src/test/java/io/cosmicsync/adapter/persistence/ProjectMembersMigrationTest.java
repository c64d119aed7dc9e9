package io.cosmicsync.adapter.persistence;

import static io.cosmicsync.adapter.persistence.MigrationDatabases.createDatabase;
import static io.cosmicsync.adapter.persistence.MigrationDatabases.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Upgrades a database that holds projects from before project roles and checks that 0004 made each
 * creator with an account the owner of their projects, from the project's creation.
 */
class ProjectMembersMigrationTest {

    private static final String ADA = "00000000-0000-4000-8000-00000000000a";
    private static final String P1 = "00000000-0000-4000-8000-000000000011";
    private static final String P2 = "00000000-0000-4000-8000-000000000012";
    private static final String REPLICATED = "00000000-0000-4000-8000-000000000099";

    @Test
    void every_existing_project_gets_its_creator_as_owner_where_the_creator_has_an_account() throws Exception {
        try (Connection connection = createDatabase()) {
            migrate(connection, "db/changelog/before-project-members.yaml");
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO users VALUES ('" + ADA + "', 'ada', 'ada@example.org', 'h', now(), now())");
                statement.execute(project(P1, ADA, "2024-01-01T00:00:00Z"));
                statement.execute(project(P2, ADA, "2024-02-01T00:00:00Z"));
                statement.execute(project(REPLICATED, UUID.randomUUID().toString(), "2024-03-01T00:00:00Z"));
            }

            migrate(connection, "db/changelog/db.changelog-master.yaml");

            assertThat(members(connection)).containsExactly(
                    P1 + " " + ADA + " owner 2024-01-01T00:00Z",
                    P2 + " " + ADA + " owner 2024-02-01T00:00Z");
        }
    }

    private static String project(String id, String creator, String createdAt) {
        return "INSERT INTO projects VALUES ('" + id + "', 'p', '', '" + creator + "', '" + createdAt + "', '"
                + createdAt + "')";
    }

    private static List<String> members(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT project_id, user_id, role, added_at AT TIME ZONE 'UTC'"
                     + " FROM project_members ORDER BY added_at")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getTimestamp(4).toLocalDateTime() + "Z");
            }
        }
        return rows;
    }
}
