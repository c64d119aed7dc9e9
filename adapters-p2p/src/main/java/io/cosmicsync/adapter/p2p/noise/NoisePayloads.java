package io.cosmicsync.adapter.p2p.noise;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.Ed25519PublicKey;
import io.cosmicsync.adapter.p2p.identity.InvalidKeyException;
import io.cosmicsync.adapter.p2p.noise.pb.NoiseProtos.NoiseHandshakePayload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds and checks the libp2p handshake payload that binds a Noise static key to a libp2p identity.
 *
 * <pre>
 *   NoiseHandshakePayload {
 *     identity_key = PublicKey envelope of the identity key
 *     identity_sig = sign(identity key, "noise-libp2p-static-key:" || noise static public key)
 *   }
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/noise/README.md#the-libp2p-handshake-payload">
 * noise/README.md, the libp2p handshake payload</a>. {@link #verify} throws {@link NoiseException} when the payload
 * is malformed, the key is not Ed25519, or the signature does not cover the static key.
 */
final class NoisePayloads {

    /** Prefix of the signed message, fixed by the spec. */
    static final byte[] SIGNATURE_PREFIX = "noise-libp2p-static-key:".getBytes(StandardCharsets.US_ASCII);

    private NoisePayloads() {
    }

    static byte[] create(Ed25519KeyPair identity, byte[] staticPublicKey) {
        return NoiseHandshakePayload.newBuilder()
                .setIdentityKey(ByteString.copyFrom(identity.publicKey().encode()))
                .setIdentitySig(ByteString.copyFrom(identity.sign(signedBytes(staticPublicKey))))
                .build()
                .toByteArray();
    }

    /** Returns the remote identity key after checking its signature over {@code remoteStaticKey}. */
    static Ed25519PublicKey verify(byte[] payload, byte[] remoteStaticKey) {
        NoiseHandshakePayload message;
        try {
            message = NoiseHandshakePayload.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new NoiseException("malformed handshake payload", e);
        }
        if (!message.hasIdentityKey() || !message.hasIdentitySig()) {
            throw new NoiseException("handshake payload lacks the identity key or signature");
        }
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.decode(message.getIdentityKey().toByteArray());
        } catch (InvalidKeyException e) {
            throw new NoiseException("unusable identity key: " + e.getMessage(), e);
        }
        if (!key.verify(signedBytes(remoteStaticKey), message.getIdentitySig().toByteArray())) {
            throw new NoiseException("identity signature does not cover the Noise static key");
        }
        return key;
    }

    private static byte[] signedBytes(byte[] staticPublicKey) {
        byte[] out = Arrays.copyOf(SIGNATURE_PREFIX, SIGNATURE_PREFIX.length + staticPublicKey.length);
        System.arraycopy(staticPublicKey, 0, out, SIGNATURE_PREFIX.length, staticPublicKey.length);
        return out;
    }
}
