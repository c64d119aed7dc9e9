package io.cosmicsync.application.sync.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.testdata.EditingTraces;
import io.cosmicsync.domain.text.CollaborativeText;
import io.cosmicsync.domain.text.TextCodec;
import io.cosmicsync.domain.text.TextOp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the real editing traces of josephg/editing-traces (CC BY 4.0) edit by edit. */
class TraceReplayTest {

    @Test
    void automerge_paper_ends_at_its_end_content_and_round_trips_through_the_state_encoding() {
        EditingTrace trace = EditingTraces.load("automerge-paper");
        ReplayResult<CollaborativeText> result = TraceReplayer.replay(trace);
        assertThat(result.replicas().get(0).content()).isEqualTo(trace.endContent());
        assertThat(result.matches()).isTrue();
        byte[] encoded = TextCodec.encodeState(result.replicas().get(0));
        CollaborativeText decoded = TextCodec.decodeState(encoded);
        assertThat(decoded.content()).isEqualTo(trace.endContent());
        assertThat(TextCodec.encodeState(decoded)).isEqualTo(encoded);
    }

    @Test
    void sveltecomponent_ends_at_its_end_content() {
        EditingTrace trace = EditingTraces.load("sveltecomponent");
        ReplayResult<CollaborativeText> result = TraceReplayer.replay(trace);
        assertThat(result.replicas().get(0).content()).isEqualTo(trace.endContent());
    }

    @Test
    void friendsforever_ends_at_its_end_content_on_every_replica() {
        EditingTrace trace = EditingTraces.load("friendsforever");
        long t0 = System.nanoTime();
        ReplayResult<CollaborativeText> result = TraceReplayer.replay(trace);
        System.out.printf("friendsforever: %d transactions, 2 replicas, replayed with fork/merge in %.0f ms, state %d bytes%n",
                trace.transactions().size(), (System.nanoTime() - t0) / 1e6, TextCodec.encodeState(result.replicas().get(0)).length);
        assertThat(result.replicas()).hasSize(2);
        result.replicas().forEach(r -> assertThat(r.content()).isEqualTo(trace.endContent()));
        assertThat(result.matches()).isTrue();
    }

    @Test
    void measures_automerge_paper_apply_time_and_encoded_size() {
        EditingTrace trace = EditingTraces.load("automerge-paper");
        long best = Long.MAX_VALUE;
        long first = 0;
        ReplayResult<CollaborativeText> last = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            last = TraceReplayer.replay(trace);
            long took = System.nanoTime() - t0;
            first = i == 0 ? took : first;
            best = Math.min(best, took);
        }
        CollaborativeText text = last.replicas().get(0);
        long t0 = System.nanoTime();
        byte[] encoded = TextCodec.encodeState(text);
        long encodeNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        TextCodec.decodeState(encoded);
        long decodeNanos = System.nanoTime() - t0;
        System.out.printf("automerge-paper: %d patches, first apply %.1f ms, best %.1f ms (of 5), %d runs, state %d bytes,"
                        + " encode %.1f ms, decode %.1f ms%n", trace.patchCount(), first / 1e6, best / 1e6, text.runCount(),
                encoded.length, encodeNanos / 1e6, decodeNanos / 1e6);
        assertThat(last.matches()).isTrue();
    }

    @Test
    void the_whole_automerge_paper_history_as_one_incremental_update_rebuilds_the_text_elsewhere() {
        EditingTrace trace = EditingTraces.load("automerge-paper");
        TextTraceTarget target = new TextTraceTarget();
        CollaborativeText author = target.newReplica(0);
        List<TextOp> ops = new ArrayList<>();
        trace.transactions().forEach(txn -> ops.addAll(target.applyLocal(author, 0, txn)));
        byte[] update = TextCodec.encodeUpdate(ops);
        CollaborativeText elsewhere = CollaborativeText.create();
        long t0 = System.nanoTime();
        TextCodec.decodeUpdate(update, TextCodec.Limits.DEFAULT).forEach(elsewhere::apply);
        System.out.printf("automerge-paper as operations: %d ops, update %d bytes, decoded and applied remotely in %.0f ms%n",
                ops.size(), update.length, (System.nanoTime() - t0) / 1e6);
        assertThat(elsewhere.content()).isEqualTo(trace.endContent());
    }
}
