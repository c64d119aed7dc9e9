package io.cosmicsync.bootstrap;

import io.cosmicsync.bootstrap.database.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A node's data without its HTTP server, for maintenance commands ({@code import}, {@code recommend
 * rebuild}, {@code admin grant}): takes the data-directory lock, starts the database (embedded unless
 * {@code DATASOURCES_DEFAULT_URL} is set) with the same migrations as the node, and a Micronaut context
 * whose beans the command uses. {@link #close()} stops them in reverse order.
 */
public final class OfflineNode implements AutoCloseable {

    private final FileLock lock;
    private final EmbeddedDatabase database;
    private final ApplicationContext context;

    private OfflineNode(FileLock lock, EmbeddedDatabase database, ApplicationContext context) {
        this.lock = lock;
        this.database = database;
        this.context = context;
    }

    /**
     * @throws IllegalStateException when a node runs with the data directory (its lock is taken)
     */
    public static OfflineNode open(Path dataDirectory, Map<String, String> environment) {
        DataDirectory directory = new DataDirectory(dataDirectory);
        if (directory.isLocked()) {
            throw new IllegalStateException("a node is running with data directory " + directory.root()
                    + "; stop it first (./cosmicsync stop --data-dir " + directory.root() + ")");
        }
        FileLock lock = directory.lock();
        EmbeddedDatabase database = null;
        try {
            Map<String, Object> properties = new HashMap<>();
            if (!environment.containsKey("COSMICSYNC_JWT_SECRET")) {
                properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", directory.jwtSecret());
            }
            properties.put("cosmicsync.recommendations.schedule.enabled", false);
            if (!environment.containsKey(CosmicSyncNode.EXTERNAL_DATABASE_URL)) {
                database = EmbeddedDatabase.start(directory.root());
                properties.putAll(database.datasourceProperties());
            }
            ApplicationContext context = ApplicationContext.builder().properties(properties).start();
            return new OfflineNode(lock, database, context);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            release(lock);
            throw e;
        }
    }

    /** A bean of the node's context, e.g. a use case. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (database != null) {
                database.close();
            }
            release(lock);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
