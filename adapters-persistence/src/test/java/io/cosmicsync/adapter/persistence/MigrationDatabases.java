package io.cosmicsync.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Fresh databases on the embedded PostgreSQL for migration tests, migrated one changelog at a time. */
final class MigrationDatabases {

    private MigrationDatabases() {
    }

    /** A connection to a new, empty database of its own. */
    static Connection createDatabase() throws SQLException {
        String database = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return connect(database);
    }

    /** Runs the change sets of {@code changelog} (a class-path resource) not run on this database yet. */
    @SuppressWarnings("deprecation")
    static void migrate(Connection connection, String changelog) throws Exception {
        liquibase(connection, changelog).update("");
    }

    /** Rolls back the last {@code changeSets} change sets run on this database, as {@code changelog} describes them. */
    @SuppressWarnings("deprecation")
    static void rollback(Connection connection, String changelog, int changeSets) throws Exception {
        liquibase(connection, changelog).rollback(changeSets, "");
    }

    private static Liquibase liquibase(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        return new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresHolder.get().getJdbcUrl("postgres", database),
                "postgres", "postgres");
    }
}
