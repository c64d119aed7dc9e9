package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AntiEntropyRequesterTest {

    /** The applier's tasks, run by the test when it chooses. */
    private final List<Runnable> applier = new ArrayList<>();
    /** The batches the requester announced as they were decoded. */
    private final List<SignedChangeBatch> arrived = new ArrayList<>();
    /** What each call of the requester's {@code apply} got. */
    private final List<List<SignedChangeBatch>> applied = new ArrayList<>();
    private final AntiEntropyRequester requester = new AntiEntropyRequester(Ed25519KeyPair.generate().peerId(),
            arrived::add, applied::add, applier::add, new SyncStats());
    private final EmbeddedChannel stream = new EmbeddedChannel(requester.batchReader());

    private static ByteBuf batch(boolean more) {
        return batch(List.of(), more);
    }

    private static ByteBuf batch(List<Change> changes, boolean more) {
        Map<ChangeId, byte[]> signatures = changes.stream().collect(Collectors.toMap(Change::id, c -> new byte[64]));
        return Unpooled.wrappedBuffer(new SyncFrames.Batch(new SignedChangeBatch(changes, signatures), more, false).encode());
    }

    @Test
    void the_stream_stops_reading_while_eight_batches_wait_for_the_applier_and_reads_again_once_it_takes_them() {
        for (int i = 1; i < AntiEntropyRequester.MAX_WAITING_BATCHES; i++) {
            stream.writeInbound(batch(true));
        }
        assertThat(stream.config().isAutoRead()).isTrue();

        stream.writeInbound(batch(true));
        assertThat(stream.config().isAutoRead()).isFalse();

        applier.remove(0).run();
        stream.runPendingTasks();

        assertThat(applied).hasSize(1);
        assertThat(applied.get(0)).hasSize(AntiEntropyRequester.MAX_WAITING_BATCHES);
        assertThat(stream.config().isAutoRead()).isTrue();
    }

    @Test
    void batches_that_arrive_while_the_applier_is_busy_are_applied_in_one_call_in_the_order_received() {
        List<Change> changes = changes(3);
        stream.writeInbound(batch(List.of(changes.get(0)), true));
        applier.remove(0).run();
        stream.writeInbound(batch(List.of(changes.get(1)), true));
        stream.writeInbound(batch(List.of(changes.get(2)), false));

        applier.forEach(Runnable::run);

        assertThat(applied).hasSize(2);
        assertThat(applied.get(0)).flatExtracting(SignedChangeBatch::changes).containsExactly(changes.get(0));
        assertThat(applied.get(1)).flatExtracting(SignedChangeBatch::changes).containsExactly(changes.get(1), changes.get(2));
        assertThat(requester.done()).isCompleted();
    }

    @Test
    void each_batch_is_announced_as_it_is_decoded_before_the_applier_takes_it() {
        List<Change> changes = changes(2);
        stream.writeInbound(batch(List.of(changes.get(0)), true));
        stream.writeInbound(batch(List.of(changes.get(1)), false));

        assertThat(applied).isEmpty();
        assertThat(arrived).flatExtracting(SignedChangeBatch::changes).containsExactly(changes.get(0), changes.get(1));
    }

    /** {@code n} changes by one author, each depending on the one before. */
    private static List<Change> changes(int n) {
        PeerId author = new PeerId("author");
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<ChangeId> dependencies = out.isEmpty() ? Set.of() : Set.of(out.get(i - 1).id());
            out.add(Change.create(author, new Hlc(1_000 + i, 0), dependencies,
                    List.of(new Operation.IncrementCounter(new DocumentRef("scope", "items", "d"), "n", 1))));
        }
        return out;
    }

    @Test
    void the_round_completes_once_the_last_batch_is_applied_in_order() {
        stream.writeInbound(batch(true));
        stream.writeInbound(batch(false));
        assertThat(requester.done()).isNotDone();

        applier.forEach(Runnable::run);

        assertThat(applied).hasSize(1);
        assertThat(applied.get(0)).hasSize(2);
        assertThat(requester.done()).isCompleted();
    }
}
