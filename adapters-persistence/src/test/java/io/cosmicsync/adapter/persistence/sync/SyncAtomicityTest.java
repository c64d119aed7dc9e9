package io.cosmicsync.adapter.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.VersionVector;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SyncAtomicityTest extends SyncPostgresTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "notes", "n1");

    @Test
    void a_local_mutation_writes_the_change_and_the_document_state_together() {
        PostgresSyncNode a = node("peer-a");

        Change c = a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")));

        assertThat(count("sync_changes")).isEqualTo(1);
        assertThat(count("sync_documents")).isEqualTo(1);
        assertThat(a.log.heads()).containsExactly(c.id());
        assertThat(a.log.versionVector()).isEqualTo(VersionVector.empty().with(a.peer, c.hlc()));
        assertThat(strings("SELECT updated_hlc_physical || '.' || updated_hlc_logical FROM sync_documents")).containsExactly(c.hlc().toString());
    }

    @Test
    void a_failure_after_the_document_was_saved_leaves_neither_log_nor_state() {
        PostgresSyncNode a = new PostgresSyncNode("peer-a", jdbc, transactions, (changes, signatures) -> {
            throw new IllegalStateException("log unavailable");
        });

        assertThatThrownBy(() -> a.edit(DOC, new Mutation.SetField("title", Value.of("Plan")))).hasMessage("log unavailable");

        assertThat(count("sync_documents")).isZero();
        assertThat(count("sync_changes")).isZero();
    }

    @Test
    void a_failure_after_the_change_was_appended_rolls_back_the_change_and_the_document() {
        PostgresSyncNode real = node("peer-a");
        PostgresSyncNode a = new PostgresSyncNode("peer-a", jdbc, transactions, (changes, signatures) -> {
            real.writer.appendChanges(changes, signatures);
            throw new IllegalStateException("crash before commit");
        });

        assertThatThrownBy(() -> a.edit(DOC, new Mutation.IncrementCounter("n", 1))).hasMessage("crash before commit");

        assertThat(count("sync_documents")).isZero();
        assertThat(count("sync_changes")).isZero();
        assertThat(count("sync_heads")).isZero();
        assertThat(real.log.versionVector()).isEqualTo(VersionVector.empty());
    }

    @Test
    void a_remote_batch_failing_on_its_second_change_applies_none_of_the_batch() {
        PostgresSyncNode author = node("peer-b");
        Change c1 = author.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c2 = author.edit(DOC, new Mutation.IncrementCounter("n", 1));
        SyncTables.truncate(jdbc);
        PostgresSyncNode real = node("peer-a");
        AtomicInteger appends = new AtomicInteger();
        PostgresSyncNode a = new PostgresSyncNode("peer-a", jdbc, transactions, (changes, signatures) -> {
            if (appends.incrementAndGet() == 1) {
                real.writer.appendChanges(changes.subList(0, 1), signatures);
                throw new IllegalStateException("disk full");
            }
            real.writer.appendChanges(changes, signatures);
        });

        assertThatThrownBy(() -> a.receive(c1, c2)).hasMessage("disk full");

        assertThat(count("sync_changes")).isZero();
        assertThat(count("sync_documents")).isZero();
        assertThat(a.receive(c1, c2).applied()).containsExactly(c1.id(), c2.id());
        assertThat(a.view(DOC).counters()).containsEntry("n", 2L);
    }

    @Test
    void concurrent_local_mutations_from_several_threads_all_land_as_one_causal_chain() throws Exception {
        PostgresSyncNode a = node("peer-a");
        int threads = 4;
        int editsPerThread = 25;
        List<Change> made = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < editsPerThread; i++) {
                        made.add(a.edit(DOC, new Mutation.IncrementCounter("n", 1), new Mutation.InsertText("body", 0, "x")));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = threads * editsPerThread;
        assertThat(a.view(DOC).counters()).containsEntry("n", (long) total);
        assertThat(a.view(DOC).texts().get("body")).hasSize(total);
        assertThat(count("sync_changes")).isEqualTo(total);
        List<Change> log = a.log.loadChangesNotCoveredBy(VersionVector.empty(), Integer.MAX_VALUE);
        ChangeId previous = null;
        for (Change c : log) {
            assertThat(c.dependencies()).as("each change depends on exactly the one committed before it")
                    .containsExactlyElementsOf(previous == null ? List.of() : List.of(previous));
            previous = c.id();
        }
        assertThat(a.log.heads()).containsExactly(previous);
    }
}
