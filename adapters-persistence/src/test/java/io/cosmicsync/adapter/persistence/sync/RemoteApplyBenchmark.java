package io.cosmicsync.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The PostgreSQL half of a catch-up: a peer's changes applied in batches of 500 (the anti-entropy batch) through the
 * real sync service and adapters, one transaction per batch, as a node catching up applies them. The changes are one
 * author's edits (each depending on the one before, as a single writer's heads do) of 1,000 documents in turn;
 * signatures are the test fakes (verification is measured by the p2p catch-up benchmark). The database runs with
 * the node's durability settings (fsync, synchronous commit, full-page writes on) for the run. A 20,000-change run
 * warms the JVM up first and is printed as the cold figure. Prints one JSON line per run.
 * Run: {@code ./mvnw -B -o verify -pl adapters-persistence -Dtest=RemoteApplyBenchmark -Dsync.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "sync.bench", matches = "true")
class RemoteApplyBenchmark extends SyncPostgresTest {
    private static final int DOCUMENTS = 1_000;
    private static final int BATCH = 500;
    private static final PeerId AUTHOR = new PeerId("peer-b");

    /** The node's settings (bootstrap's EmbeddedDatabase); the test database starts with zonky's fsync=off defaults. */
    private static final List<String> DURABLE = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void applies_a_peers_changes_in_catch_up_batches() {
        DURABLE.forEach(setting -> sql("ALTER SYSTEM SET " + setting + " = on"));
        sql("SELECT pg_reload_conf()");
        try {
            run("apply on PostgreSQL, cold JVM, warm-up", 20_000);
            SyncTables.truncate(jdbc);
            run("apply on PostgreSQL", Integer.getInteger("sync.bench.changes", 100_000));
        } finally {
            DURABLE.forEach(setting -> sql("ALTER SYSTEM RESET " + setting));
            sql("SELECT pg_reload_conf()");
        }
    }

    private void sql(String statement) {
        jdbc.execute(connection -> {
            try (var s = connection.createStatement()) {
                return s.execute(statement);
            }
        });
    }

    private void run(String label, int count) {
        List<Change> changes = edits(count);
        PostgresSyncNode node = node("peer-a");
        long start = System.nanoTime();
        for (int from = 0; from < changes.size(); from += BATCH) {
            RemoteChangesResult result = node.receive(changes.subList(from, Math.min(from + BATCH, changes.size())).toArray(Change[]::new));
            assertThat(result.rejected()).isEmpty();
            assertThat(result.waiting()).isEmpty();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(count("sync_changes")).isEqualTo(count);
        System.out.printf(Locale.ROOT, "{\"case\":\"%s\",\"changes\":%d,\"batch\":%d,\"seconds\":%.2f,\"changes_per_s\":%.0f}%n",
                label, count, BATCH, seconds, count / seconds);
    }

    /** {@code count} edits by one author: document {@code i % 1000} gets field {@code n = i}, each change after the last. */
    private static List<Change> edits(int count) {
        List<Document> replicas = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            replicas.add(Document.create(new DocumentRef("project-1", "items", "d" + d)));
        }
        List<Change> changes = new ArrayList<>(count);
        long now = System.currentTimeMillis() - 200_000;
        Change previous = null;
        for (int i = 0; i < count; i++) {
            Document replica = replicas.get(i % DOCUMENTS);
            int n = i;
            Change change = remoteChange(replica, AUTHOR, new Hlc(now + i / 1_000, i % 1_000), previous == null ? Set.of() : Set.of(previous),
                    doc -> new Operation.SetField(doc.ref(), "n", Value.of(n), doc.liveStamps("n")));
            changes.add(change);
            previous = change;
        }
        return changes;
    }
}
