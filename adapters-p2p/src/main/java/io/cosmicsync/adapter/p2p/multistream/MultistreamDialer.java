package io.cosmicsync.adapter.p2p.multistream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialer ("initiator") side of multistream-select 1.0: proposes protocols in order of preference until the
 * listener accepts one, then hands the channel to a {@link ProtocolInitializer} and removes itself.
 *
 * <pre>
 *   dialer                               listener
 *   /multistream/1.0.0 + /first  ---->                (header and first proposal in one write)
 *                                <----   /multistream/1.0.0
 *                                <----   na           (not spoken)
 *   /second                      ---->
 *                                <----   /second      (agreed: both switch to /second)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/multistream-select">multiformats/multistream-select</a>.
 * A wrong header, an unexpected answer, a malformed line or running out of proposals closes the channel and
 * reports a {@link MultistreamException} to {@code onFailure}. One instance per channel.
 */
public final class MultistreamDialer extends ByteToMessageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(MultistreamDialer.class);

    private final Deque<String> proposals;
    private final ProtocolInitializer initializer;
    private final Consumer<Throwable> onFailure;
    private boolean started;
    private boolean headerSeen;
    private boolean done;

    public MultistreamDialer(List<String> protocols, ProtocolInitializer initializer, Consumer<Throwable> onFailure) {
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("propose at least one protocol");
        }
        this.proposals = new ArrayDeque<>(protocols);
        this.initializer = initializer;
        this.onFailure = onFailure;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        start(ctx);
        super.channelActive(ctx);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            start(ctx);
        }
    }

    private void start(ChannelHandlerContext ctx) {
        if (!started) {
            started = true;
            ctx.writeAndFlush(MultistreamLines.encode(ctx.alloc(), MultistreamLines.HEADER, proposals.peekFirst()));
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        while (!done) {
            String line = MultistreamLines.tryRead(in);
            if (line == null) {
                return;
            }
            if (!headerSeen) {
                if (!line.equals(MultistreamLines.HEADER)) {
                    throw new MultistreamException("expected " + MultistreamLines.HEADER + ", got '" + line + "'");
                }
                headerSeen = true;
            } else if (line.equals(proposals.peekFirst())) {
                done = true;
                initializer.initialize(ctx.channel(), line);
                ctx.pipeline().remove(this);
            } else if (line.equals(MultistreamLines.NA)) {
                proposals.removeFirst();
                if (proposals.isEmpty()) {
                    throw new MultistreamException("the listener speaks none of the proposed protocols");
                }
                ctx.writeAndFlush(MultistreamLines.encode(ctx.alloc(), proposals.peekFirst()));
            } else {
                throw new MultistreamException("unexpected answer '" + line + "' to " + proposals.peekFirst());
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable reason = cause.getCause() instanceof MultistreamException ? cause.getCause() : cause;
        LOG.debug("multistream-select failed on {}: {}", ctx.channel(), reason.getMessage());
        done = true;
        onFailure.accept(reason);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (!done) {
            done = true;
            onFailure.accept(new MultistreamException("channel closed during multistream-select"));
        }
        super.channelInactive(ctx);
    }
}
