package io.cosmicsync.adapter.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AntiEntropyRequesterTest {

    /** The applier's tasks, run by the test when it chooses. */
    private final List<Runnable> applier = new ArrayList<>();
    private final List<SignedChangeBatch> applied = new ArrayList<>();
    private final AntiEntropyRequester requester = new AntiEntropyRequester(Ed25519KeyPair.generate().peerId(),
            applied::add, applier::add, new SyncStats());
    private final EmbeddedChannel stream = new EmbeddedChannel(requester.batchReader());

    private static ByteBuf batch(boolean more) {
        return Unpooled.wrappedBuffer(new SyncFrames.Batch(new SignedChangeBatch(List.of(), Map.of()), more, false).encode());
    }

    @Test
    void the_stream_stops_reading_while_eight_batches_wait_for_the_applier_and_reads_again_once_one_is_applied() {
        for (int i = 1; i < AntiEntropyRequester.MAX_WAITING_BATCHES; i++) {
            stream.writeInbound(batch(true));
        }
        assertThat(stream.config().isAutoRead()).isTrue();

        stream.writeInbound(batch(true));
        assertThat(stream.config().isAutoRead()).isFalse();

        applier.remove(0).run();
        stream.runPendingTasks();

        assertThat(applied).hasSize(1);
        assertThat(stream.config().isAutoRead()).isTrue();
    }

    @Test
    void the_round_completes_once_the_last_batch_is_applied_in_order() {
        stream.writeInbound(batch(true));
        stream.writeInbound(batch(false));
        assertThat(requester.done()).isNotDone();

        applier.forEach(Runnable::run);

        assertThat(applied).hasSize(2);
        assertThat(requester.done()).isCompleted();
    }
}
