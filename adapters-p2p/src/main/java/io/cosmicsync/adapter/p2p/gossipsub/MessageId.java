package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;

/**
 * The id of a pubsub message, as carried in IHAVE and IWANT. By default the concatenation of the
 * {@code from} peer id bytes and the 8-byte {@code seqno}, which the pubsub README calls unique among
 * messages. Spec: https://github.com/libp2p/specs/blob/master/pubsub/README.md#the-message
 *
 * @param bytes the raw id; compared by content
 */
public record MessageId(ByteString bytes) {

    public MessageId {
        if (bytes == null || bytes.isEmpty()) {
            throw new IllegalArgumentException("a message id has at least one byte");
        }
    }

    /** The default id function: {@code from || seqno}. */
    public static MessageId of(RpcProtos.Message message) {
        return new MessageId(message.getFrom().concat(message.getSeqno()));
    }

    @Override
    public String toString() {
        return "MessageId[" + bytes.size() + " bytes]";
    }
}
