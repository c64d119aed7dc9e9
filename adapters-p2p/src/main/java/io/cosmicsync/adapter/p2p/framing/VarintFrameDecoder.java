package io.cosmicsync.adapter.p2p.framing;

import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Varint;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a stream into varint-length-prefixed messages, the framing of identify, gossipsub, Kademlia and most
 * libp2p request/response protocols; emits one ByteBuf per message (without its prefix).
 *
 * <pre>
 *   +--------------------------+----------------------+
 *   | length: unsigned varint  | message: length B    |   ... repeated
 *   +--------------------------+----------------------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/unsigned-varint">multiformats/unsigned-varint</a> (as used by
 * e.g. <a href="https://github.com/libp2p/specs/blob/master/identify/README.md">identify</a>). A length above
 * {@code maxMessageBytes}, or a malformed varint, closes the channel (the stream) before anything is buffered.
 */
public final class VarintFrameDecoder extends ByteToMessageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(VarintFrameDecoder.class);

    private final int maxMessageBytes;

    public VarintFrameDecoder(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int start = in.readerIndex();
            long length;
            try {
                length = Varint.tryRead(in);
            } catch (MultiformatException e) {
                throw new FrameTooLongException("bad length prefix: " + e.getMessage());
            }
            if (length == Varint.INCOMPLETE) {
                return;
            }
            if (length > maxMessageBytes) {
                throw new FrameTooLongException("message of " + length + " bytes exceeds " + maxMessageBytes);
            }
            if (in.readableBytes() < length) {
                in.readerIndex(start);
                return;
            }
            out.add(in.readRetainedSlice((int) length));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing {}: {}", ctx.channel(), cause.getMessage());
        ctx.close();
    }
}
