package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time a whole node has used so far, split into its JVM and its embedded PostgreSQL (the postmaster: {@code bin/postgres} with the
 * node's data directory on its command line, and every process under it: backends, WAL writer, checkpointer). Read from
 * {@link ProcessHandle.Info#totalCpuDuration()} (user + system, all threads; {@code /proc} on Linux). A process that
 * exited in between is not counted (a node keeps its pooled database connections, so its backends live on).
 *
 * @param jvmSeconds      CPU seconds of the node's JVM
 * @param databaseSeconds CPU seconds of its PostgreSQL processes
 */
record NodeCpu(double jvmSeconds, double databaseSeconds) {

    /** The node's CPU time now; a process whose CPU time the OS does not report counts 0. */
    static NodeCpu of(Node node) {
        String dataDir = node.dataDir().toAbsolutePath().toString();
        Optional<ProcessHandle> postmaster = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("/bin/postgres ") && line.contains(dataDir)).orElse(false))
                .findFirst();
        double database = postmaster.map(root -> Stream.concat(Stream.of(root), root.descendants())
                .mapToDouble(NodeCpu::seconds).sum()).orElse(0.0);
        return new NodeCpu(seconds(node.process().toHandle()), database);
    }

    /** What {@code later} used since this reading. */
    NodeCpu until(NodeCpu later) {
        return new NodeCpu(later.jvmSeconds - jvmSeconds, later.databaseSeconds - databaseSeconds);
    }

    /** CPU seconds of the JVM running this benchmark. */
    static double benchSeconds() {
        return seconds(ProcessHandle.current());
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }
}
