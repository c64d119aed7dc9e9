package io.cosmicsync.bootstrap.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a PostgreSQL server that outlived the node that started it (the node was killed with SIGKILL,
 * so it could not stop its database). Reads the postmaster's pid from {@code postmaster.pid} (first
 * line, per PostgreSQL's file layout) and sends it SIGTERM ("smart" shutdown), then waits.
 *
 * <p>Only call while holding the data-directory lock: then no running node owns that server.
 */
final class OrphanedPostmaster {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path pgData) {
        findPostmaster(pgData).ifPresent(process -> {
            System.err.println("cosmicsync: stopping PostgreSQL (pid " + process.pid()
                    + ") left running by a node that did not shut down");
            process.destroy();
            try {
                process.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("PostgreSQL pid " + process.pid() + " in " + pgData
                        + " did not stop within " + WAIT.toSeconds() + " s; stop it and start again", e);
            }
        });
    }

    private static Optional<ProcessHandle> findPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
