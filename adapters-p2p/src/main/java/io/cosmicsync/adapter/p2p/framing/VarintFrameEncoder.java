package io.cosmicsync.adapter.p2p.framing;

import io.cosmicsync.adapter.p2p.multiformats.Varint;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/**
 * Prefixes each outbound ByteBuf with its length as an unsigned varint (layout in {@link VarintFrameDecoder}).
 * A message above {@code maxMessageBytes} fails its write with {@link FrameTooLongException}. Stateless, sharable.
 */
@ChannelHandler.Sharable
public final class VarintFrameEncoder extends MessageToMessageEncoder<ByteBuf> {

    private final int maxMessageBytes;

    public VarintFrameEncoder(int maxMessageBytes) {
        super(ByteBuf.class);
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ByteBuf msg, List<Object> out) {
        if (msg.readableBytes() > maxMessageBytes) {
            throw new FrameTooLongException("refusing to send " + msg.readableBytes() + " bytes; limit "
                    + maxMessageBytes);
        }
        ByteBuf prefix = ctx.alloc().buffer(Varint.MAX_BYTES);
        Varint.write(msg.readableBytes(), prefix);
        out.add(prefix);
        out.add(msg.retain());
    }
}
