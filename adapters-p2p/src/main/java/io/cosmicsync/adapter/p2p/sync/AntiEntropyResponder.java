package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesCommand;
import io.cosmicsync.application.sync.port.in.ComputeMissingChangesUseCase;
import io.cosmicsync.application.sync.port.in.MissingChanges;
import io.cosmicsync.application.sync.port.out.LoadChangesPort.SequencedChange;
import io.cosmicsync.domain.sync.VersionVector;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening side of {@code /cosmicsync/sync/1.0.0} on one stream: reads one {@link SyncFrames.Request},
 * then streams {@link SyncFrames.Batch}es of the changes the dialer lacks, one page at a time — the next
 * page is read from the log only once the previous one is written, so a slow dialer holds back the reads
 * (yamux flow control). Every page is asked with the dialer's vector, each after the log position where the
 * previous one ended (so the log is read once, not once per page); the first records the vector for compaction.
 * The changes are sent as logged, not decoded (the dialer decodes and checks them).
 * A malformed or second request closes the stream.
 */
final class AntiEntropyResponder extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(AntiEntropyResponder.class);

    private final ComputeMissingChangesUseCase computeMissing;
    private final PeerId remote;
    private final io.cosmicsync.domain.sync.PeerId remoteReplica;
    private final Executor executor;
    private final SyncStats stats;
    private boolean requested;

    AntiEntropyResponder(ComputeMissingChangesUseCase computeMissing, PeerId remote, Executor executor, SyncStats stats) {
        this.computeMissing = computeMissing;
        this.remote = remote;
        this.remoteReplica = new io.cosmicsync.domain.sync.PeerId(remote.toString());
        this.executor = executor;
        this.stats = stats;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        SyncFrames.Request request;
        try {
            if (requested) {
                throw new IllegalStateException("a second request on one stream");
            }
            request = SyncFrames.Request.decode(ByteBufUtil.getBytes(frame));
            requested = true;
        } catch (RuntimeException e) {
            stats.malformedInputs.incrementAndGet();
            LOG.warn("closing a sync stream from {}: {}", remote, e.getMessage());
            ctx.close();
            return;
        } finally {
            frame.release();
        }
        servePage(ctx, request.vector(), request.maxChanges(), 0);
    }

    private void servePage(ChannelHandlerContext ctx, VersionVector vector, int max, long afterSeq) {
        try {
            executor.execute(() -> {
                try {
                    writePage(ctx, vector, max, afterSeq);
                } catch (RuntimeException e) {
                    LOG.warn("anti-entropy for {} failed: {}", remote, e.toString());
                    ctx.close();
                }
            });
        } catch (RejectedExecutionException stopping) {
            ctx.close();
        }
    }

    private void writePage(ChannelHandlerContext ctx, VersionVector vector, int max, long afterSeq) {
        MissingChanges missing = computeMissing.computeMissingChanges(
                new ComputeMissingChangesCommand(afterSeq == 0 ? remoteReplica : null, vector, max, afterSeq));
        List<SequencedChange> signed = missing.logged().stream().filter(row -> row.signature() != null).toList();
        if (signed.size() < missing.logged().size()) {
            LOG.warn("{} logged changes have no signature and cannot be sent to {}", missing.logged().size() - signed.size(), remote);
        }
        byte[] changes = SignedChangeBatch.compress(SignedChangeBatch.encode(signed, SequencedChange::encoding, SequencedChange::signature));
        byte[] frame = SyncFrames.Batch.encode(changes, missing.more(), missing.incomplete());
        ctx.writeAndFlush(Unpooled.wrappedBuffer(frame)).addListener(written -> {
            if (!written.isSuccess()) {
                LOG.debug("anti-entropy stream to {} closed: {}", remote, written.cause().toString());
                return;
            }
            stats.batchesSent.incrementAndGet();
            if (missing.more()) {
                servePage(ctx, vector, max, missing.nextAfterSeq());
            } else {
                ctx.close();
            }
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        stats.malformedInputs.incrementAndGet();
        LOG.warn("closing a sync stream from {}: {}", remote, cause.getMessage());
        ctx.close();
    }
}
