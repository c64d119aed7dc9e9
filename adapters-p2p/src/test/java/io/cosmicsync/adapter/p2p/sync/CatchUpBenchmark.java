package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.multiformats.Multiaddr;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Catch-up time of {@code /cosmicsync/sync/1.0.0}: node A holds 100,000 signed changes (1,000 documents,
 * 100 edits each); node B starts empty, dials A and runs anti-entropy. Measured from B's start to B's
 * version vector equalling A's: connection, Noise, yamux, compressed batches, signature checks and the
 * sync core's apply — on the in-memory store (the database's share is in docs/performance.md). The clock
 * starts once A has published its last edit on gossip: A is at rest, as a node holding old changes is (while
 * A still publishes, B also receives and parks the newest changes by gossip; docs/performance.md). A first,
 * smaller catch-up (20,000 changes, its own pair of nodes) warms the JVM up and is printed too.
 * Prints one JSON line, with the 1-minute load average before A's setup and after B's catch-up (this test
 * itself keeps both cores busy). Run: {@code ./mvnw -B -o verify -pl adapters-p2p -am -Dtest=CatchUpBenchmark
 * -Dp2p.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "p2p.bench", matches = "true")
class CatchUpBenchmark {
    private static final Multiaddr ANY_PORT = Multiaddr.parse("/ip4/127.0.0.1/tcp/0");
    private static final int CHANGES = 100_000;
    private static final int WARM_UP_CHANGES = 20_000;
    private static final int BATCH = 500;

    @Test
    void one_hundred_thousand_changes() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // Warm-up: a first catch-up of 20,000 changes in this JVM, so the measured one runs compiled code (the
        // JIT otherwise takes a core's worth of CPU away from it); printed as the cold-JVM figure.
        try (SyncingReplica w = holding(WARM_UP_CHANGES)) {
            report("cold JVM, warm-up", WARM_UP_CHANGES, w, loadBefore);
        }
        try (SyncingReplica a = holding(CHANGES)) {
            report("in-memory store", CHANGES, a, loadBefore);
        }
    }

    /** A node holding {@code changes} signed changes, done publishing them on gossip. */
    private static SyncingReplica holding(int changes) throws InterruptedException {
        SyncingReplica a = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(), Duration.ofHours(1), BATCH);
        for (int i = 0; i < changes; i++) {
            a.edit(new DocumentRef("project-1", "tasks", "t" + (i % 1_000)), new Mutation.SetField("n", Value.of((long) i)));
        }
        while (a.sync.stats().changesPublished() < changes) {
            Thread.sleep(5);
        }
        return a;
    }

    /** Starts an empty node B that dials {@code a}, times until B's vector equals A's, prints one JSON line. */
    private static void report(String what, int changes, SyncingReplica a, double loadBefore) throws InterruptedException {
        long start = System.nanoTime();
        try (SyncingReplica b = new SyncingReplica(Ed25519KeyPair.generate(), ANY_PORT, List.of(a.address()),
                Duration.ofHours(1), BATCH)) {
            while (!b.versionVector().equals(a.versionVector())) {
                Thread.sleep(5);
                if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                    throw new AssertionError("no catch-up within 5 minutes: " + b.sync.stats().changesApplied() + " applied");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "{\"case\":\"catch-up, %s\",\"changes\":%d,\"batch\":%d,"
                            + "\"seconds\":%.2f,\"changes_per_s\":%.0f,\"batches\":%d,\"load_1m_before\":%.2f,\"load_1m_after\":%.2f}%n",
                    what, changes, BATCH, seconds, changes / seconds, b.sync.stats().batchesReceived(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
