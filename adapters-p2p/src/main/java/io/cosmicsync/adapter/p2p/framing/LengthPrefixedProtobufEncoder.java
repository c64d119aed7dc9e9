package io.cosmicsync.adapter.p2p.framing;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

import java.io.IOException;

/**
 * Writes a protobuf message as one frame: its length as an unsigned varint, then its bytes — the inverse
 * of {@link VarintFrameDecoder}.
 *
 * <pre>
 * +----------------------------+--------------------------------+
 * | length: unsigned varint    | message.toByteArray()          |
 * +----------------------------+--------------------------------+
 * </pre>
 *
 * <p>A message larger than the maximum is never written: the write fails with an {@link EncoderException}
 * (the peer would close the stream on it anyway). Spec:
 * https://github.com/libp2p/specs/blob/master/kad-dht/README.md#rpc-messages
 */
public final class LengthPrefixedProtobufEncoder extends MessageToByteEncoder<MessageLite> {

    private final int maxFrameLength;

    /** @param maxFrameLength the largest serialized message written, in bytes */
    public LengthPrefixedProtobufEncoder(int maxFrameLength) {
        super(MessageLite.class);
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, MessageLite message, ByteBuf out) throws IOException {
        int size = message.getSerializedSize();
        if (size > maxFrameLength) {
            throw new EncoderException("message of " + size + " bytes exceeds the maximum of " + maxFrameLength);
        }
        out.ensureWritable(CodedOutputStream.computeUInt32SizeNoTag(size) + size);
        CodedOutputStream coded = CodedOutputStream.newInstance(new ByteBufOutputStream(out));
        coded.writeUInt32NoTag(size);
        message.writeTo(coded);
        coded.flush();
    }
}
