package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a peer's inbound {@code /meshsub/1.1.0} stream: each frame (split by a
 * {@link io.cosmicsync.adapter.p2p.framing.VarintFrameDecoder} limited to {@link GossipsubConfig#maxRpcSize()})
 * is one protobuf {@code RPC}, handed to the router as coming from the stream's peer.
 *
 * <pre>
 *   stream: [varint len][RPC] [varint len][RPC] ...      (peer → this node only)
 * </pre>
 *
 * A frame that is not a valid RPC closes this stream; the connection and the router are unaffected.
 * Spec: https://github.com/libp2p/specs/blob/master/pubsub/README.md#the-rpc
 */
final class GossipsubInboundHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private static final Logger LOG = LoggerFactory.getLogger(GossipsubInboundHandler.class);

    private final GossipsubRouter router;
    private final PeerId peer;

    GossipsubInboundHandler(GossipsubRouter router, PeerId peer) {
        super(ByteBuf.class);
        this.router = router;
        this.peer = peer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        RpcProtos.RPC rpc;
        try {
            rpc = RpcProtos.RPC.parseFrom(ByteBufUtil.getBytes(frame));
        } catch (InvalidProtocolBufferException e) {
            LOG.debug("closing gossipsub stream from {}: malformed RPC: {}", peer, e.getMessage());
            ctx.close();
            return;
        }
        router.handleRpc(peer, rpc);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing gossipsub stream from {}: {}", peer, cause.toString());
        ctx.close();
    }
}
