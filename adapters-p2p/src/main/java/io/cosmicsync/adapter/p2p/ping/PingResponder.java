package io.cosmicsync.adapter.p2p.ping;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;

/**
 * Echoes every complete 32-byte ping payload on a {@code /ipfs/ping/1.0.0} stream, for as long as the dialer keeps
 * sending; closes when the dialer closes. Holds at most 31 bytes between reads, so a peer cannot make it buffer.
 * Spec: <a href="https://github.com/libp2p/specs/blob/master/ping/ping.md">ping/ping.md</a>.
 */
final class PingResponder extends ChannelInboundHandlerAdapter {

    private ByteBuf partial;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        partial = ctx.alloc().buffer(PingService.PAYLOAD_BYTES);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        try {
            while (in.isReadable()) {
                int take = Math.min(in.readableBytes(), PingService.PAYLOAD_BYTES - partial.readableBytes());
                partial.writeBytes(in, take);
                if (partial.readableBytes() == PingService.PAYLOAD_BYTES) {
                    ctx.write(partial.retainedDuplicate());
                    partial.clear();
                }
            }
            ctx.flush();
        } finally {
            in.release();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == ChannelInputShutdownEvent.INSTANCE) {
            ctx.close();
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        partial.release();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
