package io.cosmicsync.adapter.p2p.multistream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener ("responder") side of multistream-select 1.0: answers the header, says {@code na} to protocols it
 * does not speak, echoes the first one it does, hands the channel to that protocol's {@link ProtocolInitializer}
 * and removes itself. Bytes the dialer sent optimistically after its proposal reach the protocol's handlers.
 *
 * <pre>
 *   dialer                               listener
 *   /multistream/1.0.0           ---->
 *                                <----   /multistream/1.0.0
 *   /unknown                     ---->
 *                                <----   na
 *   /known                       ---->
 *                                <----   /known       (agreed)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/multistream-select">multiformats/multistream-select</a>.
 * {@code ls} is answered with {@code na}. A wrong header, a malformed line or more than
 * {@value #MAX_PROPOSALS} proposals close the channel. One instance per channel.
 */
public final class MultistreamListener extends ByteToMessageDecoder {

    /** Rejected proposals tolerated before giving up on the dialer; real dialers try a handful at most. */
    public static final int MAX_PROPOSALS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(MultistreamListener.class);

    private final Function<String, ProtocolInitializer> protocols;
    private boolean headerSeen;
    private int proposals;
    private boolean done;

    /** @param protocols the initializer for a protocol id, or null when it is not spoken */
    public MultistreamListener(Function<String, ProtocolInitializer> protocols) {
        this.protocols = protocols;
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
                ctx.writeAndFlush(MultistreamLines.encode(ctx.alloc(), MultistreamLines.HEADER));
                continue;
            }
            if (++proposals > MAX_PROPOSALS) {
                throw new MultistreamException("more than " + MAX_PROPOSALS + " proposals");
            }
            ProtocolInitializer initializer = protocols.apply(line);
            if (initializer == null) {
                ctx.writeAndFlush(MultistreamLines.encode(ctx.alloc(), MultistreamLines.NA));
                continue;
            }
            done = true;
            ctx.writeAndFlush(MultistreamLines.encode(ctx.alloc(), line));
            initializer.initialize(ctx.channel(), line);
            ctx.pipeline().remove(this);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("multistream-select failed on {}: {}", ctx.channel(), cause.getMessage());
        done = true;
        ctx.close();
    }
}
