package io.cosmicsync.bootstrap.support;

import io.cosmicsync.bootstrap.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One embedded PostgreSQL per test JVM, in a temporary directory, stopped when the JVM exits. */
public final class SharedDatabase {

    private static EmbeddedDatabase database;

    private SharedDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path directory = Files.createTempDirectory("cosmicsync-test-db");
                database = EmbeddedDatabase.start(directory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    database.close();
                    TempFiles.deleteRecursively(directory);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }
}
