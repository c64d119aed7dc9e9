package io.cosmicsync.adapter.p2p.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes a host's TCP connections carry, as they cross the wire (encrypted, with every
 * protocol's framing). One instance is shared by all of a host's connections, first in each pipeline.
 */
@ChannelHandler.Sharable
final class TrafficCounter extends ChannelDuplexHandler {
    private final LongAdder received = new LongAdder();
    private final LongAdder sent = new LongAdder();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            received.add(buf.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buf) {
            sent.add(buf.readableBytes());
        }
        ctx.write(msg, promise);
    }

    long received() {
        return received.sum();
    }

    long sent() {
        return sent.sum();
    }
}
