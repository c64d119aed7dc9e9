package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.CompactHistoryCommand;
import io.cosmicsync.application.sync.port.in.CompactionResult;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class AntiEntropyAndCompactionTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "notes", "n1");
    private final SyncNode a = new SyncNode("peer-a", 1_000);
    private final SyncNode b = new SyncNode("peer-b", 1_000);

    @Test
    void computes_only_the_changes_a_peer_lacks_in_causal_order_one_page_at_a_time() {
        Change c1 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        b.receive(List.of(c1));
        Change c2 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c3 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));

        MissingChanges page = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(b.store.versionVector(), 1));
        MissingChanges all = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(b.store.versionVector(), 10));

        assertThat(page.changes()).containsExactly(c2);
        assertThat(page.more()).isTrue();
        assertThat(all.changes()).containsExactly(c2, c3);
        assertThat(all.more()).isFalse();
        assertThat(all.incomplete()).isFalse();
    }

    @Test
    void the_next_page_starts_where_the_last_one_ended_with_the_same_vector() {
        Change c1 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c2 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        Change c3 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        VersionVector asked = VersionVector.empty();

        MissingChanges first = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(null, asked, 2, 0));
        MissingChanges second = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(null, asked, 2, first.nextAfterSeq()));
        MissingChanges after = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(null, asked, 2, second.nextAfterSeq()));

        assertThat(first.changes()).containsExactly(c1, c2);
        assertThat(first.more()).isTrue();
        assertThat(second.changes()).containsExactly(c3);
        assertThat(second.more()).isFalse();
        assertThat(after.changes()).isEmpty();
        assertThat(after.nextAfterSeq()).isEqualTo(second.nextAfterSeq());
    }

    @Test
    void pulling_what_each_lacks_makes_two_partitioned_replicas_equal() {
        a.edit(DOC, new Mutation.InsertText("body", 0, "hello"));
        b.edit(DOC, new Mutation.InsertText("body", 0, "world"));
        b.edit(DOC, new Mutation.IncrementCounter("n", 5));

        a.pullFrom(b);
        b.pullFrom(a);

        assertThat(a.view(DOC)).isEqualTo(b.view(DOC));
        assertThat(a.view(DOC).texts().get("body")).hasSize(10);
        assertThat(a.store.versionVector()).isEqualTo(b.store.versionVector());
    }

    @Test
    void prunes_only_changes_every_known_replica_has_seen() {
        Change c1 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        b.pullFrom(a);
        Change c2 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        a.store.replicaVectors.put(b.peer, b.store.versionVector());

        CompactionResult r = a.compaction.compactHistory(new CompactHistoryCommand(1));

        assertThat(r).isEqualTo(new CompactionResult.Compacted(VersionVector.empty().with(a.peer, c1.hlc()), 1));
        assertThat(a.store.log).containsExactly(c2);
        assertThat(a.store.isApplied(c1.id())).isTrue();
        MissingChanges forNewcomer = a.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));
        assertThat(forNewcomer.incomplete()).isTrue();
        b.pullFrom(a);
        assertThat(b.view(DOC)).isEqualTo(a.view(DOC));
    }

    @Test
    void remembers_the_vector_of_a_peer_that_asks_and_compacts_only_what_it_had_seen_when_it_asked() {
        Change c1 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        b.pullFrom(a);
        Change c2 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));
        b.pullFrom(a);
        Change c3 = a.edit(DOC, new Mutation.IncrementCounter("n", 1));

        CompactionResult r = a.compaction.compactHistory(new CompactHistoryCommand(1));

        assertThat(a.store.loadReplicaVectors()).containsOnlyKeys(b.peer);
        assertThat(r).isEqualTo(new CompactionResult.Compacted(VersionVector.empty().with(a.peer, c1.hlc()), 1));
        assertThat(a.store.log).containsExactly(c2, c3);
    }

    @Test
    void an_anonymous_asker_is_not_remembered() {
        a.edit(DOC, new Mutation.IncrementCounter("n", 1));

        a.missing.computeMissingChanges(new ComputeMissingChangesCommand(VersionVector.empty(), 10));

        assertThat(a.store.loadReplicaVectors()).isEmpty();
    }

    @Test
    void skips_compaction_when_too_few_replica_vectors_are_known() {
        a.edit(DOC, new Mutation.IncrementCounter("n", 1));

        assertThat(a.compaction.compactHistory(new CompactHistoryCommand(1))).isInstanceOf(CompactionResult.Skipped.class);
        assertThat(a.store.log).hasSize(1);
    }
}
