package io.cosmicsync.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import io.cosmicsync.bootstrap.support.RawHttpConnection;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Catch-up between two whole nodes (processes, embedded PostgreSQL each, default settings): B syncs a project from
 * A and stops; A takes {@code N} document writes through REST (1,000 documents in turn; each write is one signed
 * change, each depending on the one before); B restarts and the clock runs until B's REST API shows A's last write
 * (the changes form a chain, so B then holds all of them; asked every 100 ms). Prints one JSON line with the time from B's start command
 * and from B being ready (its p2p address printed), and the CPU seconds each node's JVM and database and this benchmark
 * used from B being ready to the end ({@link NodeCpu}: where the machine's cores went). {@code N} is {@code -Dsync.bench.changes} (default 5,000: A
 * takes ~10 ms per write here, so the set-up, not the catch-up, is what limits N). With
 * {@code -Dsync.bench.fixture=DIR} the set-up runs once: the two stopped nodes' data directories are kept in
 * {@code DIR/N} and copied from there by later runs. Before B restarts, A serves a catch-up to a throwaway node for
 * {@code -Dsync.bench.warmup.seconds} (default 10, 0 for none), as a node that has been running has.
 * Run: {@code ./mvnw -B -o verify -pl bootstrap -am -Dtest=none -Dit.test=CatchUpNodesBenchmarkIT -Dsync.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sync.bench", matches = "true")
class CatchUpNodesBenchmarkIT {
    private static final int DOCUMENTS = 1_000;
    private static final int WRITERS = 2;
    private static final String PROJECT_FILE = "project";
    /** How often B is asked for A's last write: the clock's resolution, and light on the two cores B needs. */
    private static final int POLL_MILLIS = 100;

    @Test
    void a_restarted_node_catches_up_with_what_a_peer_wrote_meanwhile() throws Exception {
        int changes = Integer.getInteger("sync.bench.changes", 5_000);
        String fixtureProperty = System.getProperty("sync.bench.fixture", "");
        Path fixture = fixtureProperty.isBlank() ? null : Path.of(fixtureProperty, Integer.toString(changes));
        try (NodeCluster cluster = NodeCluster.asConfiguredByDefault()) {
            Path dirA = cluster.dataDir();
            Path dirB = cluster.dataDir();
            String project;
            Node a;
            if (fixture != null && Files.exists(fixture.resolve(PROJECT_FILE))) {
                copy(fixture.resolve("a"), dirA);
                copy(fixture.resolve("b"), dirB);
                project = Files.readString(fixture.resolve(PROJECT_FILE)).trim();
                a = cluster.start(dirA, 0);
            } else {
                a = cluster.start(dirA, 0);
                project = setUp(cluster, a, dirB, changes);
                if (fixture != null) {
                    cluster.stop(a);
                    copy(dirA, fixture.resolve("a"));
                    copy(dirB, fixture.resolve("b"));
                    Files.writeString(fixture.resolve(PROJECT_FILE), project);
                    a = cluster.start(dirA, 0);
                }
            }
            warmUp(cluster, a, Integer.getInteger("sync.bench.warmup.seconds", 10));
            String last = BenchProject.documentsOf(project) + "d" + (changes - 1) % DOCUMENTS;
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long start = System.nanoTime();
            Node restarted = cluster.start(dirB, 0, "--bootstrap", a.multiaddr());
            long ready = System.nanoTime();
            NodeCpu cpuA = NodeCpu.of(a);
            NodeCpu cpuB = NodeCpu.of(restarted);
            double cpuBench = NodeCpu.benchSeconds();
            String tokenB = null;
            while (tokenB == null || !shows(restarted.http(), last, tokenB, changes - 1)) {
                tokenB = tokenB != null ? tokenB : BenchProject.token(restarted.http());
                Thread.sleep(POLL_MILLIS);
            }
            long done = System.nanoTime();
            NodeCpu usedA = cpuA.until(NodeCpu.of(a));
            NodeCpu usedB = cpuB.until(NodeCpu.of(restarted));
            System.out.printf(Locale.ROOT, "{\"case\":\"catch-up between whole nodes (PostgreSQL)\",\"changes\":%d,"
                            + "\"seconds_from_start\":%.2f,\"seconds_from_ready\":%.2f,\"changes_per_s_from_ready\":%.0f,\"load_before\":%.2f,"
                            + "\"cpu_seconds_from_ready\":{\"b_jvm\":%.2f,\"b_db\":%.2f,\"a_jvm\":%.2f,\"a_db\":%.2f,\"bench\":%.2f},\"cores\":%d}%n",
                    changes, (done - start) / 1e9, (done - ready) / 1e9, changes / ((done - ready) / 1e9), loadBefore,
                    usedB.jvmSeconds(), usedB.databaseSeconds(), usedA.jvmSeconds(), usedA.databaseSeconds(),
                    NodeCpu.benchSeconds() - cpuBench, Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * B (data directory {@code dirB}) syncs a new project from A and stops; A then takes {@code changes} writes.
     *
     * @return the project's id
     */
    private static String setUp(NodeCluster cluster, Node a, Path dirB, int changes) throws Exception {
        Node b = cluster.start(dirB, 0, "--bootstrap", a.multiaddr());
        BenchProject bench = BenchProject.createOn(a.http());
        String project = bench.project();
        while (BenchProject.token(b.http()) == null
                || b.http().get("/api/v1/projects/" + project, BenchProject.token(b.http())).status() != 200) {
            Thread.sleep(100);
        }
        cluster.stop(b);
        writeOnA(a, bench.token(), bench.documents(), changes);
        return project;
    }

    /**
     * A serves a catch-up to a throwaway node for {@code seconds} (0: not at all), as a node that has been running has
     * served its peers, so the clock measures B catching up rather than A's JIT compiler warming up its serving path.
     */
    private static void warmUp(NodeCluster cluster, Node a, int seconds) throws Exception {
        if (seconds > 0) {
            Node throwaway = cluster.start(cluster.dataDir(), 0, "--bootstrap", a.multiaddr());
            Thread.sleep(seconds * 1_000L);
            cluster.stop(throwaway);
        }
    }

    /** Copies a stopped node's data directory (its embedded database included, whose directories must keep mode 0700). */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    if (!Files.exists(target)) {
                        Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** {@code changes} PUTs of documents d0..d999 in turn, {@code n} = the write's number, over {@link #WRITERS} connections. */
    private static void writeOnA(Node a, String token, String documents, int changes) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int first = w;
                done.add(writers.submit(() -> {
                    try (RawHttpConnection connection = new RawHttpConnection(a.http().base())) {
                        for (int i = first; i < changes - 1; i += WRITERS) {
                            assertThat(connection.send("PUT", documents + "d" + i % DOCUMENTS, token, "application/json", "{\"n\":" + i + "}")).isEqualTo(200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        // The last write comes after every other one, so it depends on all of them.
        try (RawHttpConnection connection = new RawHttpConnection(a.http().base())) {
            assertThat(connection.send("PUT", documents + "d" + (changes - 1) % DOCUMENTS, token, "application/json",
                    "{\"n\":" + (changes - 1) + "}")).isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean shows(Http http, String document, String token, int n) {
        Http.Response response = http.get(document, token);
        return response.status() == 200 && Integer.valueOf(n).equals(((Map<String, Object>) response.get("data")).get("n"));
    }
}
