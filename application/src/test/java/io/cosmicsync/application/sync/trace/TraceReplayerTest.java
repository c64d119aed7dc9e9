package io.cosmicsync.application.sync.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.text.CollaborativeText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay engine on small hand-written traces (runs even where the real traces are absent). */
class TraceReplayerTest {

    private static TraceTransaction txn(int agent, List<Integer> parents, TracePatch... patches) {
        return new TraceTransaction(agent, parents, List.of(patches));
    }

    @Test
    void a_sequential_trace_applies_splices_in_order() {
        EditingTrace trace = new EditingTrace(false, "", "hi there", List.of(
                txn(0, List.of(), new TracePatch(0, 0, "hello")),
                txn(0, List.of(), new TracePatch(1, 4, "i"), new TracePatch(2, 0, " there"))));
        ReplayResult<CollaborativeText> r = TraceReplayer.replay(trace);
        assertThat(r.matches()).isTrue();
        assertThat(r.replicas().get(0).content()).isEqualTo("hi there");
    }

    @Test
    void a_concurrent_trace_forks_and_merges_replicas_as_its_parents_say() {
        // X and Y get the same Lamport counter at the same origin; the greater agent id, agent-1, goes first.
        EditingTrace trace = new EditingTrace(true, "", "ab-YX-cd", List.of(
                txn(0, List.of(), new TracePatch(0, 0, "ab--cd")),
                txn(1, List.of(0), new TracePatch(3, 0, "Y")),
                txn(0, List.of(0), new TracePatch(3, 0, "X")),
                txn(0, List.of(1, 2), new TracePatch(2, 0, ""))));
        ReplayResult<CollaborativeText> r = TraceReplayer.replay(trace);
        assertThat(r.replicas()).hasSize(2);
        assertThat(r.replicas()).allSatisfy(t -> assertThat(t.content()).isEqualTo("ab-YX-cd"));
        assertThat(r.matches()).isTrue();
    }

    @Test
    void reports_a_mismatch_instead_of_hiding_it() {
        EditingTrace trace = new EditingTrace(false, "", "expected", List.of(txn(0, List.of(), new TracePatch(0, 0, "other"))));
        assertThat(TraceReplayer.replay(trace).matches()).isFalse();
    }

    @Test
    void rejects_a_transaction_whose_parent_is_not_earlier() {
        assertThatThrownBy(() -> new EditingTrace(true, "", "", List.of(txn(0, List.of(0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not earlier");
    }

    @Test
    void rejects_an_agent_whose_transaction_skips_its_own_previous_one() {
        EditingTrace trace = new EditingTrace(true, "", "", List.of(
                txn(0, List.of(), new TracePatch(0, 0, "a")),
                txn(0, List.of(), new TracePatch(0, 0, "b"))));
        assertThatThrownBy(() -> TraceReplayer.replay(trace)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous one");
    }
}
