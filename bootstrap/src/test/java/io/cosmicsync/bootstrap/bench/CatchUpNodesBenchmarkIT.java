package io.cosmicsync.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import io.cosmicsync.bootstrap.support.RawHttpConnection;
import io.cosmicsync.bootstrap.support.TcpProxy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * change, each depending on the one before); then B catches up, and the clock runs until B's REST API shows A's last
 * write (the changes form a chain, so B then holds all of them; asked every 200 ms). Two cases: B restarted (from B
 * being ready, its p2p address printed; the time from its start command is printed too), and B running through a link
 * that is cut and restored ({@link #a_running_node_catches_up_after_its_link_to_the_peer_comes_back}). Each prints one
 * JSON line, with the CPU seconds each node's JVM and database and this benchmark used while the clock ran
 * ({@link NodeCpu}: where the machine's cores went). {@code N} is {@code -Dsync.bench.changes} (default 5,000: A
 * takes 100,000 writes in ~9 minutes here, so the set-up, not the catch-up, is what limits N). With
 * {@code -Dsync.bench.fixture=DIR} the set-up runs once: the two stopped nodes' data directories are kept in
 * {@code DIR/N} and copied from there by later runs. Before B starts, A serves a catch-up to a throwaway node for
 * {@code -Dsync.bench.warmup.seconds} (default 10, 0 for none), as a node that has been running has.
 * Run: {@code ./mvnw -B -o verify -pl bootstrap -am -Dtest=none -Dit.test=CatchUpNodesBenchmarkIT -Dsync.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (one case: {@code -Dit.test=CatchUpNodesBenchmarkIT#a_restarted*}).
 */
@EnabledIfSystemProperty(named = "sync.bench", matches = "true")
class CatchUpNodesBenchmarkIT {
    private static final int DOCUMENTS = 1_000;
    private static final int WRITERS = 2;
    private static final String PROJECT_FILE = "project";
    private static final String SESSION_B_FILE = "session-b";
    /**
     * How often B is asked for A's last write: the clock's resolution, and light on the two cores B needs (an ask costs
     * B's cold JVM ~10 ms of CPU: asked every 100 ms, the observer took ~1.5 CPU-s of B's during a catch-up).
     */
    private static final int POLL_MILLIS = 200;
    /** Longest wait for any one step before the benchmark fails instead of hanging. */
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    @Test
    void a_restarted_node_catches_up_with_what_a_peer_wrote_meanwhile() throws Exception {
        int changes = Integer.getInteger("sync.bench.changes", 5_000);
        try (NodeCluster cluster = NodeCluster.asConfiguredByDefault()) {
            Prepared prepared = prepare(cluster, changes);
            Node a = prepared.a();
            String last = prepared.lastDocument(changes);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long start = System.nanoTime();
            Node restarted = cluster.start(prepared.dirB(), 0, "--bootstrap", a.multiaddr());
            long ready = System.nanoTime();
            Usage usage = Usage.from(a, restarted);
            String tokenB = null;
            while (tokenB == null || !shows(restarted.http(), last, tokenB, changes - 1)) {
                tokenB = tokenB != null ? tokenB : BenchProject.tokenRenewedWith(restarted.http(), prepared.setUp().sessionB());
                Thread.sleep(POLL_MILLIS);
                giveUpAfter(ready + GIVE_UP.toNanos(), "B catching up after its restart");
            }
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "{\"case\":\"catch-up between whole nodes (PostgreSQL)\",\"changes\":%d,"
                            + "\"seconds_from_start\":%.2f,\"seconds_from_ready\":%.2f,\"changes_per_s_from_ready\":%.0f,\"load_before\":%.2f,%s}%n",
                    changes, (done - start) / 1e9, (done - ready) / 1e9, changes / ((done - ready) / 1e9), loadBefore,
                    usage.untilNow());
        }
    }

    /**
     * A node that stays up catches up after its link to the peer comes back: B starts through a {@link TcpProxy} to A
     * and applies the first {@code -Dsync.bench.warm.changes} of A's {@code N} changes (default N / 6), so its JIT has
     * compiled the decode, verify and apply paths as a node that has been running has; then the link is cut, and once
     * B's applier is idle (its applied-changes counter still for 1 s) the link is restored. The clock runs from B's new
     * connection (and, printed too, from the restore: B's redial backoff) until B's REST API shows A's last write. The
     * changes caught up are N minus those B applied before the cut (printed): with N = 120,000, about 90,000 (B applies
     * up to ~10,000 more than the warm-up count while the cut takes effect and its waiting batches drain).
     */
    @Test
    void a_running_node_catches_up_after_its_link_to_the_peer_comes_back() throws Exception {
        int changes = Integer.getInteger("sync.bench.changes", 5_000);
        int warm = Integer.getInteger("sync.bench.warm.changes", changes / 6);
        try (NodeCluster cluster = NodeCluster.asConfiguredByDefault()) {
            Prepared prepared = prepare(cluster, changes);
            Node a = prepared.a();
            String last = prepared.lastDocument(changes);
            try (TcpProxy link = new TcpProxy(a.p2pPort())) {
                Node b = cluster.start(prepared.dirB(), 0, "--bootstrap", "/ip4/127.0.0.1/tcp/" + link.port() + "/p2p/" + a.peerId());
                long deadline = System.nanoTime() + GIVE_UP.toNanos();
                String tokenB = null;
                while (tokenB == null || applied(b) < warm) {
                    tokenB = tokenB != null ? tokenB : BenchProject.tokenRenewedWith(b.http(), prepared.setUp().sessionB());
                    Thread.sleep(20);
                    giveUpAfter(deadline, "B applying " + warm + " changes before the cut");
                }
                link.cut();
                long before = appliedOnceIdle(b);
                int connections = link.accepted();
                double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long restored = System.nanoTime();
                link.restore();
                deadline = System.nanoTime() + GIVE_UP.toNanos();
                while (link.accepted() == connections) {
                    Thread.sleep(1);
                    giveUpAfter(deadline, "B redialling A after the link came back");
                }
                long reconnected = System.nanoTime();
                Usage usage = Usage.from(a, b);
                while (!shows(b.http(), last, tokenB, changes - 1)) {
                    Thread.sleep(POLL_MILLIS);
                    giveUpAfter(reconnected + GIVE_UP.toNanos(), "B catching up after the reconnect");
                }
                long done = System.nanoTime();
                long caughtUp = changes - before;
                System.out.printf(Locale.ROOT, "{\"case\":\"catch-up of a running node after its link comes back (PostgreSQL)\","
                                + "\"changes\":%d,\"applied_before_the_cut\":%d,\"seconds_from_reconnect\":%.2f,\"seconds_from_restore\":%.2f,"
                                + "\"changes_per_s_from_reconnect\":%.0f,\"load_before\":%.2f,%s}%n",
                        caughtUp, before, (done - reconnected) / 1e9, (done - restored) / 1e9,
                        caughtUp / ((done - reconnected) / 1e9), loadBefore, usage.untilNow());
            }
        }
    }

    /**
     * A started (warmed up) on its data directory, B's data directory (B stopped before A's writes), and what the set-up
     * left: the project and a refresh token of ada's session on B, which the observer renews instead of logging in, as
     * an app that already has a session does, so the clock does not include a password hash on B's cold JVM (~0.7
     * CPU-s, measured).
     */
    private record Prepared(Node a, Path dirB, SetUp setUp) {
        /** The document A wrote last. */
        String lastDocument(int changes) {
            return BenchProject.documentsOf(setUp.project()) + "d" + (changes - 1) % DOCUMENTS;
        }
    }

    /**
     * Two data directories as {@link #setUp} leaves them (from {@code -Dsync.bench.fixture} when it holds them, else made
     * and kept there), A started on its own and warmed up.
     */
    private static Prepared prepare(NodeCluster cluster, int changes) throws Exception {
        String fixtureProperty = System.getProperty("sync.bench.fixture", "");
        Path fixture = fixtureProperty.isBlank() ? null : Path.of(fixtureProperty, Integer.toString(changes));
        Path dirA = cluster.dataDir();
        Path dirB = cluster.dataDir();
        SetUp setUp;
        Node a;
        if (fixture != null && Files.exists(fixture.resolve(PROJECT_FILE))) {
            copy(fixture.resolve("a"), dirA);
            copy(fixture.resolve("b"), dirB);
            setUp = new SetUp(Files.readString(fixture.resolve(PROJECT_FILE)).trim(),
                    Files.readString(fixture.resolve(SESSION_B_FILE)).trim());
            a = cluster.start(dirA, 0);
        } else {
            a = cluster.start(dirA, 0);
            setUp = setUp(cluster, a, dirB, changes);
            if (fixture != null) {
                cluster.stop(a);
                copy(dirA, fixture.resolve("a"));
                copy(dirB, fixture.resolve("b"));
                Files.writeString(fixture.resolve(PROJECT_FILE), setUp.project());
                Files.writeString(fixture.resolve(SESSION_B_FILE), setUp.sessionB());
                a = cluster.start(dirA, 0);
            }
        }
        warmUp(cluster, a, Integer.getInteger("sync.bench.warmup.seconds", 10));
        return new Prepared(a, dirB, setUp);
    }

    /** CPU seconds of both nodes and this benchmark from one moment on ({@link NodeCpu}), as a JSON member. */
    private record Usage(Node a, Node b, NodeCpu cpuA, NodeCpu cpuB, double bench) {
        static Usage from(Node a, Node b) {
            return new Usage(a, b, NodeCpu.of(a), NodeCpu.of(b), NodeCpu.benchSeconds());
        }

        String untilNow() {
            NodeCpu usedA = cpuA.until(NodeCpu.of(a));
            NodeCpu usedB = cpuB.until(NodeCpu.of(b));
            return String.format(Locale.ROOT, "\"cpu_seconds\":{\"b_jvm\":%.2f,\"b_db\":%.2f,\"a_jvm\":%.2f,\"a_db\":%.2f,\"bench\":%.2f},\"cores\":%d",
                    usedB.jvmSeconds(), usedB.databaseSeconds(), usedA.jvmSeconds(), usedA.databaseSeconds(),
                    NodeCpu.benchSeconds() - bench, Runtime.getRuntime().availableProcessors());
        }
    }

    /** The remote changes {@code node} has applied since it started ({@code cosmicsync_sync_changes_applied_total}). */
    private static long applied(Node node) {
        String metrics = node.http().get("/prometheus", null).body();
        return metrics.lines().filter(line -> line.startsWith("cosmicsync_sync_changes_applied_total"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no cosmicsync_sync_changes_applied_total in /prometheus"));
    }

    private static void giveUpAfter(long deadlineNanos, String what) {
        if (System.nanoTime() > deadlineNanos) {
            throw new AssertionError(what + " took longer than " + GIVE_UP);
        }
    }

    /** {@link #applied} once it has not changed for a second. */
    private static long appliedOnceIdle(Node node) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long seen = applied(node);
        while (true) {
            giveUpAfter(deadline, "B's applier going idle after the cut");
            Thread.sleep(1_000);
            long now = applied(node);
            if (now == seen) {
                return now;
            }
            seen = now;
        }
    }

    /** What {@link #setUp} leaves: the project's id and a refresh token of ada's session on B. */
    private record SetUp(String project, String sessionB) {
    }

    /** B (data directory {@code dirB}) syncs a new project from A, ada logs in on B, B stops; A then takes {@code changes} writes. */
    private static SetUp setUp(NodeCluster cluster, Node a, Path dirB, int changes) throws Exception {
        Node b = cluster.start(dirB, 0, "--bootstrap", a.multiaddr());
        BenchProject bench = BenchProject.createOn(a.http());
        String project = bench.project();
        while (BenchProject.token(b.http()) == null
                || b.http().get("/api/v1/projects/" + project, BenchProject.token(b.http())).status() != 200) {
            Thread.sleep(100);
        }
        String sessionB = BenchProject.refreshToken(b.http());
        cluster.stop(b);
        writeOnA(a, bench.token(), bench.documents(), changes);
        return new SetUp(project, sessionB);
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
