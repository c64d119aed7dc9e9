package io.cosmicsync.adapter.p2p.kad;

import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.adapter.p2p.kad.pb.KadProtos;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The server end of an inbound {@code <prefix>/kad/1.0.0} stream: every frame is one request {@code Message},
 * answered with one frame on the same stream; the stream stays open for further requests, as the spec asks.
 *
 * <pre>
 *   peer → us:  [varint len][Message FIND_NODE key=…]  [varint len][Message PING] ...
 *   us → peer:  [varint len][Message closerPeers=…]    [varint len][Message PING] ...
 * </pre>
 *
 * A frame that is not a {@code Message}, or a request type this node does not serve, closes the stream.
 * Spec: https://github.com/libp2p/specs/blob/master/kad-dht/README.md#rpc-messages
 */
public final class KadServerHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private static final Logger LOG = LoggerFactory.getLogger(KadServerHandler.class);

    private final KademliaDht dht;
    private final PeerId peer;

    public KadServerHandler(KademliaDht dht, PeerId peer) {
        super(ByteBuf.class);
        this.dht = dht;
        this.peer = peer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        KadProtos.Message request;
        try {
            request = KadProtos.Message.parseFrom(ByteBufUtil.getBytes(frame));
        } catch (InvalidProtocolBufferException e) {
            LOG.debug("closing kad stream from {}: malformed message: {}", peer, e.getMessage());
            ctx.close();
            return;
        }
        Optional<KadProtos.Message> answer = dht.handleRequest(peer, request);
        if (answer.isPresent()) {
            ctx.writeAndFlush(answer.get());
        } else {
            LOG.debug("closing kad stream from {}: {} is not served", peer, request.getType());
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing kad stream from {}: {}", peer, cause.toString());
        ctx.close();
    }
}
