package io.cosmicsync.application.sync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.testdata.EditingTraces;
import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.ReplayResult;
import io.cosmicsync.application.sync.trace.TraceReplayer;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real traces (josephg/editing-traces, CC BY 4.0) replayed as local changes through the use cases. */
class UseCaseTraceReplayTest {

    @Test
    void sveltecomponent_applied_edit_by_edit_as_local_changes_ends_at_its_end_content() {
        EditingTrace trace = EditingTraces.load("sveltecomponent");
        ReplayResult<SyncNode> result = TraceReplayer.replay(trace, new UseCaseTraceTarget());
        assertThat(result.matches()).isTrue();
        assertThat(result.replicas().get(0).store.log).hasSize(trace.transactions().size());
    }

    @Test
    void automerge_paper_applied_edit_by_edit_as_local_changes_ends_at_its_end_content() {
        EditingTrace trace = EditingTraces.load("automerge-paper");
        long t0 = System.nanoTime();
        ReplayResult<SyncNode> result = TraceReplayer.replay(trace, new UseCaseTraceTarget());
        long nanos = System.nanoTime() - t0;
        SyncNode node = result.replicas().get(0);
        long bytes = node.store.log.stream().mapToLong(c -> ChangeCodec.encode(c).length).sum();
        System.out.printf("automerge-paper through the use cases: %d changes in %.0f ms, change log %d bytes encoded%n",
                node.store.log.size(), nanos / 1e6, bytes);
        assertThat(result.matches()).isTrue();
        assertThat(UseCaseTraceTarget.DOC).isNotNull();
        assertThat(new UseCaseTraceTarget().content(node)).isEqualTo(trace.endContent());
    }

    @Test
    void friendsforever_with_one_node_per_agent_forking_and_merging_by_change_ends_at_its_end_content_everywhere() {
        EditingTrace trace = EditingTraces.load("friendsforever");
        ReplayResult<SyncNode> result = TraceReplayer.replay(trace, new UseCaseTraceTarget());
        assertThat(result.replicas()).hasSize(2);
        for (SyncNode node : result.replicas()) {
            assertThat(new UseCaseTraceTarget().content(node)).isEqualTo(trace.endContent());
            assertThat(node.store.log).hasSize(trace.transactions().size());
            assertThat(node.store.pending).isEmpty();
        }
        SyncNode a = result.replicas().get(0);
        SyncNode b = result.replicas().get(1);
        assertThat(a.store.versionVector()).isEqualTo(b.store.versionVector());
        assertThat(a.store.heads()).isEqualTo(b.store.heads());
        Change last = a.store.log.get(a.store.log.size() - 1);
        assertThat(b.store.isApplied(last.id())).isTrue();
    }

    @Test
    void a_fresh_node_given_every_friendsforever_change_in_reverse_order_buffers_them_and_ends_at_the_end_content() {
        EditingTrace trace = EditingTraces.load("friendsforever");
        SyncNode source = TraceReplayer.replay(trace, new UseCaseTraceTarget()).replicas().get(0);
        List<Change> reversed = new ArrayList<>(source.store.log);
        Collections.reverse(reversed);
        SyncNode fresh = new SyncNode("late-joiner", 1_700_000_000_000L, reversed.size());

        RemoteChangesResult result = fresh.receive(reversed);

        assertThat(result.applied()).hasSize(reversed.size());
        assertThat(result.waiting()).isEmpty();
        assertThat(fresh.store.pending).isEmpty();
        assertThat(new UseCaseTraceTarget().content(fresh)).isEqualTo(trace.endContent());
    }
}
