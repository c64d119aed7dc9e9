package io.cosmicsync.adapter.p2p.identity;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.identity.pb.KeysProtos;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ed25519 public key (32 raw bytes, RFC 8032) and its libp2p {@code PublicKey} protobuf envelope.
 *
 * <pre>
 *   envelope = 08 01        field 1 (Type) = 1 (Ed25519)
 *              12 20 &lt;32B&gt;  field 2 (Data) = raw key
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/peer-ids/peer-ids.md#keys">peer-ids.md, keys</a>.
 * The envelope is encoded deterministically (fields in order, nothing else) because peer ids hash it. Decoding
 * rejects other key types and wrong lengths with {@link InvalidKeyException}. Immutable.
 */
public final class Ed25519PublicKey {

    /** Raw Ed25519 public key length (RFC 8032). */
    public static final int LENGTH = 32;
    /** Longest envelope accepted from a peer; an Ed25519 one is 36 bytes, RSA-4096 about 550. */
    public static final int MAX_ENVELOPE_BYTES = 1024;

    private final byte[] raw;
    /** Made on first use; racing threads may each make one, all equivalent. */
    private volatile Ed25519Backend.Verifier verifier;

    private Ed25519PublicKey(byte[] raw) {
        if (raw.length != LENGTH) {
            throw new InvalidKeyException("Ed25519 public key must be 32 bytes, got " + raw.length);
        }
        this.raw = raw.clone();
    }

    public static Ed25519PublicKey fromRaw(byte[] raw) {
        return new Ed25519PublicKey(raw);
    }

    /** Takes the raw key out of a JDK Ed25519 public key. */
    static Ed25519PublicKey fromJdk(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return new Ed25519PublicKey(Arrays.copyOfRange(encoded, encoded.length - LENGTH, encoded.length));
    }

    /** Decodes a libp2p {@code PublicKey} envelope. */
    public static Ed25519PublicKey decode(byte[] envelope) {
        if (envelope.length > MAX_ENVELOPE_BYTES) {
            throw new InvalidKeyException("public key envelope of " + envelope.length + " bytes is too long");
        }
        try {
            KeysProtos.PublicKey message = KeysProtos.PublicKey.parseFrom(envelope);
            if (message.getType() != KeysProtos.KeyType.Ed25519) {
                throw new InvalidKeyException("unsupported key type " + message.getType() + "; only Ed25519");
            }
            return new Ed25519PublicKey(message.getData().toByteArray());
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidKeyException("malformed public key envelope: " + e.getMessage(), e);
        }
    }

    /** The libp2p {@code PublicKey} envelope, 36 bytes. */
    public byte[] encode() {
        return KeysProtos.PublicKey.newBuilder()
                .setType(KeysProtos.KeyType.Ed25519)
                .setData(ByteString.copyFrom(raw))
                .build()
                .toByteArray();
    }

    public byte[] raw() {
        return raw.clone();
    }

    public PeerId toPeerId() {
        return PeerId.fromPublicKey(this);
    }

    /**
     * True when {@code signature} is a valid Ed25519 signature of {@code data} by this key; never throws.
     * Verifies with {@link Ed25519Backend#fastest()}.
     */
    public boolean verify(byte[] data, byte[] signature) {
        try {
            Ed25519Backend.Verifier v = verifier;
            if (v == null) {
                v = Ed25519Backend.fastest().verifier(raw);
                verifier = v;
            }
            return v.verify(data, signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey k && Arrays.equals(k.raw, raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[" + HexFormat.of().formatHex(raw) + "]";
    }
}
