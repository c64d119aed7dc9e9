package io.cosmicsync.adapter.p2p.gossipsub;

import com.google.protobuf.ByteString;
import io.cosmicsync.adapter.p2p.gossipsub.pb.RpcProtos;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.Ed25519PublicKey;
import io.cosmicsync.adapter.p2p.identity.PeerId;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pubsub message signing with the StrictSign policy: every message carries its author's peer id in
 * {@code from}, an 8-byte {@code seqno} and an Ed25519 signature over
 *
 * <pre>
 *   "libp2p-pubsub:" || protobuf(Message without the signature and key fields)
 * </pre>
 *
 * <p>The {@code key} field stays empty for Ed25519 authors: their public key is inlined in the peer id
 * (identity multihash). A {@code key} that is present must be the author's. Other key types are not
 * supported and fail verification. Spec: https://github.com/libp2p/specs/blob/master/pubsub/README.md#message-signing
 */
final class MessageSigning {

    /** The signature context prefix from the pubsub README. */
    static final byte[] PREFIX = "libp2p-pubsub:".getBytes(StandardCharsets.US_ASCII);
    /** The pubsub README: seqno is a 64-bit big-endian integer. */
    static final int SEQNO_LENGTH = 8;

    /** The outcome of checking a received message. */
    enum Verdict { ACCEPT, UNSIGNED, INVALID_SIGNATURE, MALFORMED }

    private MessageSigning() {
    }

    static RpcProtos.Message sign(RpcProtos.Message unsigned, Ed25519KeyPair author) {
        byte[] signature = author.sign(signedBytes(unsigned));
        return unsigned.toBuilder().setSignature(ByteString.copyFrom(signature)).build();
    }

    static Verdict verify(RpcProtos.Message message) {
        if (!message.hasSignature() || !message.hasFrom() || !message.hasSeqno()) {
            return Verdict.UNSIGNED;
        }
        if (!message.hasTopic() || message.getTopic().isEmpty() || message.getSeqno().size() != SEQNO_LENGTH) {
            return Verdict.MALFORMED;
        }
        Optional<PeerId> author = author(message);
        if (author.isEmpty()) {
            return Verdict.MALFORMED;
        }
        Optional<Ed25519PublicKey> key = signingKey(message, author.get());
        if (key.isEmpty()) {
            return Verdict.INVALID_SIGNATURE;
        }
        boolean valid = key.get().verify(signedBytes(message), message.getSignature().toByteArray());
        return valid ? Verdict.ACCEPT : Verdict.INVALID_SIGNATURE;
    }

    static Optional<PeerId> author(RpcProtos.Message message) {
        try {
            return Optional.of(PeerId.fromBytes(message.getFrom().toByteArray()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Ed25519PublicKey> signingKey(RpcProtos.Message message, PeerId author) {
        try {
            if (message.hasKey()) {
                Ed25519PublicKey key = Ed25519PublicKey.decode(message.getKey().toByteArray());
                return key.toPeerId().equals(author) ? Optional.of(key) : Optional.empty();
            }
            return author.publicKey();
        } catch (RuntimeException unusableKey) {
            return Optional.empty();
        }
    }

    static byte[] signedBytes(RpcProtos.Message message) {
        byte[] body = message.toBuilder().clearSignature().clearKey().build().toByteArray();
        byte[] out = new byte[PREFIX.length + body.length];
        System.arraycopy(PREFIX, 0, out, 0, PREFIX.length);
        System.arraycopy(body, 0, out, PREFIX.length, body.length);
        return out;
    }
}
