package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.StandardResolver;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyRemoteChangesServiceTest {
    private static final DocumentRef DOC = new DocumentRef("project-1", "tasks", "t1");
    private final SyncNode a = new SyncNode("peer-a", 1_000);
    private final SyncNode b = new SyncNode("peer-b", 1_000);

    @Test
    void applies_a_duplicate_change_only_once() {
        Change c = a.edit(DOC, new Mutation.IncrementCounter("votes", 1));

        RemoteChangesResult first = b.receive(List.of(c, c));
        RemoteChangesResult again = b.receive(List.of(c));

        assertThat(first.applied()).containsExactly(c.id());
        assertThat(first.duplicates()).containsExactly(c.id());
        assertThat(again.duplicates()).containsExactly(c.id());
        assertThat(b.view(DOC).counters()).containsEntry("votes", 1L);
        assertThat(b.store.log).hasSize(1);
    }

    @Test
    void a_batch_of_many_changes_goes_to_the_store_once_for_each_kind_of_read_and_write() {
        List<Change> changes = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            changes.add(a.edit(new DocumentRef("project-1", "tasks", "t" + i % 5), new Mutation.IncrementCounter("votes", 1)));
        }
        b.store.calls.clear();

        RemoteChangesResult result = b.receive(changes);

        assertThat(result.applied()).hasSize(50);
        assertThat(b.store.calls).containsEntry("appliedAmong", 1).containsEntry("loadDocuments", 1)
                .containsEntry("saveDocuments", 1).containsEntry("appendChanges", 1)
                .doesNotContainKeys("isApplied", "loadDocument", "saveDocument", "loadSignatures", "saveSignatures");
        assertThat(b.view(new DocumentRef("project-1", "tasks", "t3")).counters()).containsEntry("votes", 10L);
    }

    @Test
    void holds_a_change_whose_dependencies_are_missing_until_they_arrive_then_applies_in_causal_order() {
        Change c1 = a.edit(DOC, new Mutation.InsertText("body", 0, "ab"));
        Change c2 = a.edit(DOC, new Mutation.InsertText("body", 2, "cd"));
        Change c3 = a.edit(DOC, new Mutation.DeleteText("body", 0, 1));

        RemoteChangesResult r3 = b.receive(List.of(c3));
        RemoteChangesResult r2 = b.receive(List.of(c2));
        assertThat(r3.waiting()).containsEntry(c3.id(), Set.of(c2.id()));
        assertThat(r2.waiting()).containsEntry(c2.id(), Set.of(c1.id()));
        assertThat(b.view(DOC)).isNull();
        b.store.calls.clear();

        RemoteChangesResult r1 = b.receive(List.of(c1));

        assertThat(r1.applied()).containsExactly(c1.id(), c2.id(), c3.id());
        assertThat(b.store.calls).as("the released changes' signatures, loaded at once").containsEntry("loadSignatures", 1)
                .doesNotContainKey("saveSignatures");
        assertThat(b.store.pending).isEmpty();
        assertThat(b.view(DOC).texts()).containsEntry("body", "bcd");
    }

    @Test
    void rejects_a_change_stamped_too_far_in_the_future_without_applying_it() {
        a.millis.set(1_000 + SyncNode.MAX_DRIFT_MILLIS + 1);
        Change future = a.edit(DOC, new Mutation.SetField("title", Value.of("from the future")));

        RemoteChangesResult r = b.receive(List.of(future));

        assertThat(r.applied()).isEmpty();
        assertThat(r.rejected()).containsKey(future.id());
        assertThat(r.rejected().get(future.id())).contains("ahead of the local clock").contains("maximum drift");
        assertThat(b.view(DOC)).isNull();
        assertThat(b.clock.last()).isEqualTo(Hlc.ZERO);
    }

    @Test
    void concurrent_sets_resolve_by_last_writer_wins_with_the_peer_id_breaking_ties_on_every_replica() {
        Change fromA = a.edit(DOC, new Mutation.SetField("title", Value.of("A")));
        Change fromB = b.edit(DOC, new Mutation.SetField("title", Value.of("B")));
        assertThat(fromA.hlc()).isEqualTo(fromB.hlc());

        a.receive(List.of(fromB));
        b.receive(List.of(fromA));

        assertThat(a.view(DOC)).isEqualTo(b.view(DOC));
        assertThat(a.view(DOC).fields()).containsEntry("title", new Resolution.Resolved(Value.of("B")));
    }

    @Test
    void keep_both_exposes_concurrent_values_until_a_later_set_picks_one() {
        ConflictPolicy keepBoth = new ConflictPolicy(Map.of("title", StandardResolver.KEEP_BOTH), StandardResolver.LAST_WRITER_WINS);
        a.store.policies.put("tasks", keepBoth);
        b.store.policies.put("tasks", keepBoth);
        Change fromA = a.edit(DOC, new Mutation.SetField("title", Value.of("A")));
        Change fromB = b.edit(DOC, new Mutation.SetField("title", Value.of("B")));
        a.receive(List.of(fromB));
        b.receive(List.of(fromA));

        assertThat(a.view(DOC).fields().get("title")).isInstanceOf(Resolution.Conflicting.class);
        assertThat(((Resolution.Conflicting) b.view(DOC).fields().get("title")).candidates()).hasSize(2);

        Change pick = a.edit(DOC, new Mutation.SetField("title", Value.of("A+B")));
        b.receive(List.of(pick));

        assertThat(((Operation.SetField) pick.operations().get(0)).supersedes()).containsExactlyInAnyOrder(fromA.stamp(), fromB.stamp());
        assertThat(b.view(DOC).fields()).containsEntry("title", new Resolution.Resolved(Value.of("A+B")));
        assertThat(a.view(DOC)).isEqualTo(b.view(DOC));
    }

    @Test
    void keep_the_maximum_and_union_of_sets_pick_the_same_on_both_replicas() {
        ConflictPolicy policy = new ConflictPolicy(Map.of("score", StandardResolver.KEEP_MAXIMUM,
                "tags", StandardResolver.UNION_OF_SETS), StandardResolver.LAST_WRITER_WINS);
        a.store.policies.put("tasks", policy);
        b.store.policies.put("tasks", policy);
        b.millis.set(2_000);
        Change fromA = a.edit(DOC, new Mutation.SetField("score", Value.of(90)),
                new Mutation.SetField("tags", new Value.ListValue(List.of(Value.of("x"), Value.of("y")))));
        Change fromB = b.edit(DOC, new Mutation.SetField("score", Value.of(40)),
                new Mutation.SetField("tags", new Value.ListValue(List.of(Value.of("z"), Value.of("x")))));
        a.receive(List.of(fromB));
        b.receive(List.of(fromA));

        assertThat(a.view(DOC)).isEqualTo(b.view(DOC));
        assertThat(a.view(DOC).fields()).containsEntry("score", new Resolution.Resolved(Value.of(90)))
                .containsEntry("tags", new Resolution.Resolved(new Value.ListValue(List.of(Value.of("x"), Value.of("y"), Value.of("z")))));
    }
}
