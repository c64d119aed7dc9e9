package io.cosmicsync.adapter.p2p.framing;

import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Varint;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Splits a stream into frames that carry an unsigned-varint length prefix, the framing that libp2p
 * pubsub and Kademlia use for their protobuf messages.
 *
 * <pre>
 * +----------------------------+---------------------------+
 * | length: unsigned varint    | payload: length bytes     |
 * | 1..10 bytes, 7 bits a byte |  0 <= length <= maximum   |
 * +----------------------------+---------------------------+
 * </pre>
 *
 * <p>Emits one {@link ByteBuf} (a retained slice, released by the next handler) per complete frame, however
 * the bytes arrive. The maximum is checked on the prefix, before any payload is buffered. A prefix that
 * announces more than the maximum, a prefix that is not minimally encoded, or one longer than 9 bytes
 * is a stream error: the decoder drops what it holds and closes the stream (the channel it sits on); the
 * rest of the node is untouched.
 *
 * <p>Specs: https://github.com/multiformats/unsigned-varint (minimal encoding, 9 bytes at most) and
 * https://github.com/libp2p/specs/blob/master/kad-dht/README.md#rpc-messages (the length prefix).
 */
public final class LengthPrefixedFrameDecoder extends ByteToMessageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(LengthPrefixedFrameDecoder.class);
    private final int maxFrameLength;
    private boolean failed;

    /**
     * @param maxFrameLength the largest payload accepted, in bytes; longer frames close the stream
     */
    public LengthPrefixedFrameDecoder(int maxFrameLength) {
        if (maxFrameLength < 0) {
            throw new IllegalArgumentException("maxFrameLength must not be negative: " + maxFrameLength);
        }
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!failed && in.isReadable()) {
            int start = in.readerIndex();
            long length;
            try {
                length = Varint.tryRead(in);
            } catch (MultiformatException malformed) {
                fail(ctx, in, "bad length prefix: " + malformed.getMessage());
                return;
            }
            if (length == Varint.INCOMPLETE) {
                return; // wait for the rest of the prefix
            }
            if (length > maxFrameLength) {
                fail(ctx, in, "frame of " + length + " bytes exceeds the maximum of " + maxFrameLength);
                return;
            }
            if (in.readableBytes() < length) {
                in.readerIndex(start); // wait for the rest of the payload
                return;
            }
            out.add(in.readRetainedSlice((int) length));
        }
        if (failed) {
            in.skipBytes(in.readableBytes());
        }
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, String reason) {
        failed = true;
        in.skipBytes(in.readableBytes());
        LOG.debug("closing stream {}: {}", ctx.channel(), reason);
        ctx.close();
    }

    /** @return the largest payload this decoder accepts, in bytes */
    public int maxFrameLength() {
        return maxFrameLength;
    }
}
