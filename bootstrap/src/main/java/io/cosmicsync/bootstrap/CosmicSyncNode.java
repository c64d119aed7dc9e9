package io.cosmicsync.bootstrap;

import io.cosmicsync.adapter.p2p.node.P2pNode;
import io.cosmicsync.bootstrap.database.EmbeddedDatabase;
import io.cosmicsync.bootstrap.wiring.Versions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.channels.FileLock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A running node: its data-directory lock, its database (embedded unless
 * {@code DATASOURCES_DEFAULT_URL} names an external PostgreSQL) and its Micronaut HTTP server.
 *
 * <p>{@link #close()} stops them in reverse order: HTTP first, so no request reaches a closed pool,
 * then the connection pool, then PostgreSQL, then the lock. Idempotent.
 */
public final class CosmicSyncNode implements AutoCloseable {

    /** Environment variable that switches the node to an external PostgreSQL. */
    public static final String EXTERNAL_DATABASE_URL = "DATASOURCES_DEFAULT_URL";

    private final DataDirectory dataDirectory;
    private final FileLock lock;
    private final EmbeddedDatabase database;
    private final ApplicationContext context;
    private final EmbeddedServer server;
    private boolean closed;

    private CosmicSyncNode(DataDirectory dataDirectory, FileLock lock, EmbeddedDatabase database,
                           ApplicationContext context, EmbeddedServer server) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        this.context = context;
        this.server = server;
    }

    /**
     * Starts a node.
     *
     * @param options     where and how
     * @param environment the process environment (decides embedded or external PostgreSQL)
     * @throws IllegalStateException when another node holds the data directory
     */
    public static CosmicSyncNode start(NodeOptions options, Map<String, String> environment) {
        DataDirectory dataDirectory = new DataDirectory(options.dataDirectory());
        FileLock lock = dataDirectory.lock();
        EmbeddedDatabase database = null;
        ApplicationContext context = null;
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.host", options.bindAddress());
            properties.put("micronaut.server.port", options.httpPort());
            properties.put("cosmicsync.data-dir", options.dataDirectory().toString());
            properties.put("cosmicsync.p2p.enabled", true);
            properties.put("cosmicsync.p2p.bind", options.bindAddress());
            properties.put("cosmicsync.p2p.port", options.p2pPort());
            if (!options.bootstrap().isEmpty()) {
                properties.put("cosmicsync.p2p.bootstrap", options.bootstrap());
            }
            if (!environment.containsKey("COSMICSYNC_JWT_SECRET")) {
                properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                        dataDirectory.jwtSecret());
            }
            if (!environment.containsKey(EXTERNAL_DATABASE_URL)) {
                database = EmbeddedDatabase.start(options.dataDirectory());
                properties.putAll(database.datasourceProperties());
            }
            context = ApplicationContext.builder().properties(properties).start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            CosmicSyncNode node = new CosmicSyncNode(dataDirectory, lock, database, context, server);
            dataDirectory.writeNodeFile(node.facts());
            return node;
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            }
            if (database != null) {
                database.close();
            }
            release(lock);
            throw e;
        }
    }

    /** Where the HTTP API listens, e.g. {@code http://127.0.0.1:8080}. */
    public String httpAddress() {
        return "http://" + server.getHost() + ":" + server.getPort();
    }

    /** The node's full peer-to-peer multiaddrs, each ending in {@code /p2p/<peer id>}. */
    public List<String> p2pAddresses() {
        return context.getBean(P2pNode.class).listenAddrs().stream().map(Object::toString).toList();
    }

    /** Whether the node uses its own embedded PostgreSQL (rather than an external one). */
    public boolean usesEmbeddedDatabase() {
        return database != null;
    }

    /** The embedded database's JDBC URL, or the external one's. */
    public String databaseUrl() {
        return database != null ? database.jdbcUrl()
                : context.getProperty("datasources.default.url", String.class).orElse("?");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
            context.close();
        } finally {
            if (database != null) {
                database.close();
            }
            dataDirectory.deleteNodeFile();
            release(lock);
        }
    }

    private Properties facts() {
        Properties facts = new Properties();
        facts.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        facts.setProperty("http", httpAddress());
        facts.setProperty("p2p", String.join(" ", p2pAddresses()));
        facts.setProperty("started_at", Instant.now().toString());
        facts.setProperty("version", Versions.current());
        facts.setProperty("database", usesEmbeddedDatabase() ? "embedded" : "external");
        return facts;
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (java.io.IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
