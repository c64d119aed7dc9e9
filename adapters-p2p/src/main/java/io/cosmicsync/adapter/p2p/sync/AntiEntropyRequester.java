package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder;
import io.cosmicsync.adapter.p2p.framing.VarintFrameEncoder;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.transport.Host;
import io.cosmicsync.domain.sync.VersionVector;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The dialing side of one anti-entropy round: opens {@code /cosmicsync/sync/1.0.0} to a peer, sends this
 * node's vector and hands the received batches, in order, to {@code apply} on {@code applier} (a single thread):
 * the batches that arrived while the applier was busy go in one call, so a catch-up faster than the database
 * applies more changes per transaction and writes each document it touches fewer times. The round
 * completes once the batch saying "no more" has been applied, and fails if the stream closes before that
 * or a frame is malformed — what was applied stays applied, and the next round asks with the raised
 * vector, so nothing is sent twice. At most {@value #MAX_WAITING_BATCHES} received batches wait for the applier:
 * beyond that the stream stops reading (yamux then holds the sender at its window) until the applier catches up, so a
 * peer faster than this node's database cannot fill its memory (at most twice that many are held: those waiting and
 * those being applied).
 */
final class AntiEntropyRequester {

    /** Received batches that may wait for the applier before the stream stops reading. */
    static final int MAX_WAITING_BATCHES = 8;

    private final PeerId peer;
    private final Consumer<SignedChangeBatch> arrived;
    private final Consumer<List<SignedChangeBatch>> apply;
    private final Executor applier;
    private final SyncStats stats;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /**
     * @param arrived told of each batch as it is decoded, on the stream's event loop (to start work that need not
     *                wait for the applier); must not block
     * @param apply   takes the batches waiting when it is called, in the order received (at most
     *                {@value #MAX_WAITING_BATCHES}); called on {@code applier} only
     * @param applier runs one task at a time, in order
     */
    AntiEntropyRequester(PeerId peer, Consumer<SignedChangeBatch> arrived, Consumer<List<SignedChangeBatch>> apply,
                         Executor applier, SyncStats stats) {
        this.peer = peer;
        this.arrived = arrived;
        this.apply = apply;
        this.applier = applier;
        this.stats = stats;
    }

    CompletableFuture<Void> run(Host host, VersionVector vector, int batchSize) {
        host.openStream(peer, SyncFrames.PROTOCOL_ID, (stream, id) -> stream.pipeline().addLast(
                        new VarintFrameDecoder(SyncFrames.MAX_FRAME_BYTES), new VarintFrameEncoder(SyncFrames.MAX_FRAME_BYTES),
                        batchReader()))
                .whenComplete((stream, failure) -> {
                    if (failure != null) {
                        done.completeExceptionally(failure);
                        return;
                    }
                    done.whenComplete((ok, e) -> stream.close());
                    stream.writeAndFlush(Unpooled.wrappedBuffer(new SyncFrames.Request(vector, batchSize).encode()));
                });
        return done;
    }

    /** The handler that decodes each batch frame and queues it for the applier (one per round). */
    ChannelInboundHandlerAdapter batchReader() {
        return new BatchReader();
    }

    /** Completes when the batch saying "no more" has been applied; fails when the round is cut short. */
    CompletableFuture<Void> done() {
        return done;
    }

    private final class BatchReader extends ChannelInboundHandlerAdapter {
        private final Queue<SyncFrames.Batch> received = new ConcurrentLinkedQueue<>();
        private final AtomicInteger waiting = new AtomicInteger();
        private boolean finished;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            SyncFrames.Batch batch;
            try {
                if (finished) {
                    throw new IllegalStateException("a frame after the last batch");
                }
                batch = SyncFrames.Batch.decode(ByteBufUtil.getBytes(frame));
            } catch (RuntimeException e) {
                stats.malformedInputs.incrementAndGet();
                ctx.close();
                done.completeExceptionally(e);
                return;
            } finally {
                frame.release();
            }
            stats.batchesReceived.incrementAndGet();
            finished = !batch.more();
            arrived.accept(batch.changes());
            received.add(batch);
            Channel channel = ctx.channel();
            if (waiting.incrementAndGet() >= MAX_WAITING_BATCHES) {
                channel.config().setAutoRead(false);
            }
            applier.execute(() -> applyWaiting(channel));
        }

        /**
         * Applies every batch received so far in one call; nothing when an earlier task took them already. Taking them
         * frees their places: the stream reads on while they are applied, so the next call finds the next ones waiting.
         */
        private void applyWaiting(Channel channel) {
            List<SignedChangeBatch> batches = new ArrayList<>();
            boolean last = false;
            for (SyncFrames.Batch batch = received.poll(); batch != null; batch = received.poll()) {
                batches.add(batch.changes());
                last |= !batch.more();
            }
            if (batches.isEmpty()) {
                return;
            }
            if (waiting.addAndGet(-batches.size()) < MAX_WAITING_BATCHES) {
                channel.eventLoop().execute(() -> {
                    if (waiting.get() < MAX_WAITING_BATCHES) {
                        channel.config().setAutoRead(true);
                    }
                });
            }
            apply.accept(batches);
            if (last) {
                done.complete(null);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!finished) {
                // After the batches already queued: they are applied, the round still counts as interrupted.
                applier.execute(() -> done.completeExceptionally(new IllegalStateException("stream closed before the last batch")));
            }
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            stats.malformedInputs.incrementAndGet();
            ctx.close();
            done.completeExceptionally(cause);
        }
    }
}
