package io.cosmicsync.adapter.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the adapter tests: points the Micronaut context at the JVM's embedded PostgreSQL, lets
 * Liquibase create the schema, and empties the tables before each test. Subclasses carry
 * {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresTest implements TestPropertyProvider {

    @Inject
    protected JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        return databaseProperties();
    }

    /** The properties that point a Micronaut context at the JVM's embedded PostgreSQL (started on first use). */
    public static Map<String, String> databaseProperties() {
        var postgres = EmbeddedPostgresHolder.get();
        return Map.of(
                "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "liquibase.datasources.default.change-log", "classpath:db/changelog/db.changelog-master.yaml");
    }

    @BeforeEach
    void emptyTables() {
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate("TRUNCATE users, profiles, projects, sessions, project_members, collections, collection_schemas");
            }
        });
    }
}
