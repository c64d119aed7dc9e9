package io.cosmicsync.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole nodes started as a user starts them ({@code cosmicsync start} in its own process, data directory and
 * embedded database) with peer-to-peer on loopback; {@link #close()} stops them all and deletes their data.
 */
public final class NodeCluster implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();
    private final List<Path> dataDirs = new ArrayList<>();
    private final boolean testSettings;

    /** Nodes with the test settings: anti-entropy every 2 s and sync's DEBUG log (for tests that wait and may fail). */
    public NodeCluster() {
        this(true);
    }

    private NodeCluster(boolean testSettings) {
        this.testSettings = testSettings;
    }

    /** Nodes exactly as {@code cosmicsync start} configures them by default (for benchmarks). */
    public static NodeCluster asConfiguredByDefault() {
        return new NodeCluster(false);
    }

    /**
     * A running node.
     *
     * @param multiaddr its printed p2p multiaddr, ending in {@code /p2p/<peer id>}
     * @param http      a client of its REST API
     */
    public record Node(Process process, Path dataDir, String multiaddr, Http http) {

        public String peerId() {
            return multiaddr.substring(multiaddr.lastIndexOf('/') + 1);
        }

        /** The TCP port of its p2p listener (to restart it at the same address). */
        public int p2pPort() {
            return Integer.parseInt(multiaddr.split("/")[4]);
        }
    }

    /** A fresh data directory, deleted on close. */
    public Path dataDir() throws Exception {
        Path dir = Files.createTempDirectory("cosmicsync-p2p");
        dataDirs.add(dir);
        return dir;
    }

    /** Starts a node on {@code dataDir} with a free HTTP port and p2p port {@code p2pPort} (0 = free). */
    public Node start(Path dataDir, int p2pPort, String... extra) throws Exception {
        int httpPort = NodeLauncher.freePort();
        List<String> args = new ArrayList<>(List.of("start", "--data-dir", dataDir.toString(),
                "--http-port", Integer.toString(httpPort), "--p2p-port", Integer.toString(p2pPort)));
        args.addAll(List.of(extra));
        ProcessBuilder launcher = NodeLauncher.launcher(args.toArray(String[]::new)).redirectErrorStream(true);
        if (testSettings) {
            // Periodic anti-entropy every 2 s (default 30 s), so a change missed by gossip shows up within a test's wait.
            launcher.environment().put("COSMICSYNC_P2P_ANTI_ENTROPY_INTERVAL", "2s");
            // What sync applied, from whom, and what waits: kept in target/node-logs for a failed test.
            launcher.environment().put("LOGGER_LEVELS_IO_COSMICSYNC_ADAPTER_P2P_SYNC", "DEBUG");
        }
        Process process = launcher.start();
        started.add(process);
        String line = NodeLauncher.waitForLine(process, "p2p:");
        String multiaddr = line.substring(line.indexOf("p2p:") + 4).trim();
        return new Node(process, dataDir, multiaddr, new Http("http://127.0.0.1:" + httpPort, JsonMapper.createDefault()));
    }

    /** Stops a node as {@code cosmicsync stop} does (SIGTERM) and waits for it. */
    public void stop(Node node) throws Exception {
        node.process().destroy();
        assertThat(node.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws Exception {
        for (Process process : started) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        for (Path dir : dataDirs) {
            TempFiles.deleteRecursively(dir);
        }
    }
}
