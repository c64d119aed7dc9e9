package io.cosmicsync.adapter.p2p.yamux;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageCodec;
import java.util.List;

/**
 * Turns bytes into {@link YamuxFrame}s and back (frame layout in {@link YamuxFrame}).
 *
 * <p>Decoding waits for whole frames, then rejects — with {@link YamuxException}, which the session turns into
 * Go Away and a closed connection — a version other than 0, an unknown type, and a data frame longer than
 * {@code maxDataLength} (the receive window: a peer may never send more). Spec:
 * <a href="https://github.com/libp2p/specs/blob/master/yamux/README.md">yamux/README.md</a>.
 */
public final class YamuxFrameCodec extends ByteToMessageCodec<YamuxFrame> {

    private final long maxDataLength;

    public YamuxFrameCodec(long maxDataLength) {
        super(YamuxFrame.class);
        this.maxDataLength = maxDataLength;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, YamuxFrame frame, ByteBuf out) {
        out.writeByte(YamuxFrame.VERSION)
                .writeByte(frame.type())
                .writeShort(frame.flags())
                .writeInt((int) frame.streamId())
                .writeInt((int) frame.length())
                .writeBytes(frame.data());
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= YamuxFrame.HEADER_BYTES) {
            int start = in.readerIndex();
            int version = in.getUnsignedByte(start);
            int type = in.getUnsignedByte(start + 1);
            if (version != YamuxFrame.VERSION) {
                throw new YamuxException("unsupported yamux version " + version);
            }
            if (type > YamuxFrame.TYPE_GO_AWAY) {
                throw new YamuxException("unknown yamux frame type " + type);
            }
            long length = in.getUnsignedInt(start + 8);
            if (type == YamuxFrame.TYPE_DATA && length > maxDataLength) {
                throw new YamuxException("data frame of " + length + " bytes exceeds the " + maxDataLength
                        + "-byte window");
            }
            long dataBytes = type == YamuxFrame.TYPE_DATA ? length : 0;
            if (in.readableBytes() < YamuxFrame.HEADER_BYTES + dataBytes) {
                return;
            }
            in.skipBytes(YamuxFrame.HEADER_BYTES);
            int flags = in.getUnsignedShort(start + 2);
            long streamId = in.getUnsignedInt(start + 4);
            ByteBuf data = dataBytes == 0 ? Unpooled.EMPTY_BUFFER : in.readRetainedSlice((int) dataBytes);
            out.add(new YamuxFrame(type, flags, streamId, length, data));
        }
    }
}
