package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.bootstrap.DataDirectory;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cosmicsync stop}: asks the node of a data directory to stop (SIGTERM) and waits until it has
 * shut down cleanly. Stopping a node that does not run succeeds and says so.
 */
@Command(name = "stop", description = "Stop the node of a data directory gracefully and wait for it.")
public final class StopCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for a clean stop (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        DataDirectory directory = new DataDirectory(dataDir.path());
        Optional<ProcessHandle> process = directory.isLocked()
                ? directory.readNodeFile().map(facts -> facts.getProperty("pid", ""))
                        .filter(pid -> pid.matches("\\d+")).flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                : Optional.empty();
        if (process.isEmpty()) {
            System.out.println("not running (data dir " + directory.root() + ")");
            return 0;
        }
        ProcessHandle node = process.get();
        System.out.println("stopping node pid " + node.pid() + "...");
        node.destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (directory.isLocked() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (directory.isLocked()) {
            System.err.println("cosmicsync: the node did not stop within " + timeoutSeconds + " s");
            return 1;
        }
        System.out.println("stopped");
        return 0;
    }
}
