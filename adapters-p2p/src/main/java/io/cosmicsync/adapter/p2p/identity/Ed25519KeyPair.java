package io.cosmicsync.adapter.p2p.identity;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.cosmicsync.adapter.p2p.identity.pb.KeysProtos;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A node's Ed25519 identity: signs with the private key, and names the node by the peer id of the public key.
 * Built on the JDK's Ed25519 ({@code KeyPairGenerator.getInstance("Ed25519")}).
 *
 * <pre>
 *   libp2p PrivateKey envelope = 08 01  12 40  [32B seed][32B public key]
 *   (the legacy 96-byte form [seed][public][public] is read too, if both copies agree)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/peer-ids/peer-ids.md#ed25519">peer-ids.md,
 * Ed25519</a>. {@link #fromPrivateKeyEnvelope} throws {@link InvalidKeyException} for other key types, bad
 * lengths and seeds that do not produce the stated public key. Immutable and thread-safe.
 */
public final class Ed25519KeyPair {

    private static final int SEED_LENGTH = 32;
    /** DER prefix that turns a 32-byte seed into PKCS#8 for the JDK (RFC 8410). */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final byte[] seed;
    private final Ed25519PublicKey publicKey;
    private final PrivateKey privateKey;

    private Ed25519KeyPair(byte[] seed, Ed25519PublicKey publicKey) {
        this.seed = seed.clone();
        this.publicKey = publicKey;
        this.privateKey = toJdkPrivate(seed);
    }

    /** A fresh key pair from the JDK's secure random source. */
    public static Ed25519KeyPair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes()
                    .orElseThrow(() -> new IllegalStateException("JDK Ed25519 key without seed bytes"));
            return new Ed25519KeyPair(seed, Ed25519PublicKey.fromJdk(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** Reads a libp2p {@code PrivateKey} envelope (as stored by go-, rust- and js-libp2p). */
    public static Ed25519KeyPair fromPrivateKeyEnvelope(byte[] envelope) {
        KeysProtos.PrivateKey message;
        try {
            message = KeysProtos.PrivateKey.parseFrom(envelope);
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidKeyException("malformed private key envelope: " + e.getMessage(), e);
        }
        if (message.getType() != KeysProtos.KeyType.Ed25519) {
            throw new InvalidKeyException("unsupported key type " + message.getType() + "; only Ed25519");
        }
        byte[] data = message.getData().toByteArray();
        if (data.length != 64 && data.length != 96) {
            throw new InvalidKeyException("Ed25519 private key data must be 64 or 96 bytes, got " + data.length);
        }
        if (data.length == 96 && !Arrays.equals(data, 32, 64, data, 64, 96)) {
            throw new InvalidKeyException("the two public key copies in a 96-byte Ed25519 key differ");
        }
        Ed25519KeyPair pair = new Ed25519KeyPair(Arrays.copyOf(data, SEED_LENGTH),
                Ed25519PublicKey.fromRaw(Arrays.copyOfRange(data, 32, 64)));
        byte[] probe = "cosmicsync key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!pair.publicKey.verify(probe, pair.sign(probe))) {
            throw new InvalidKeyException("Ed25519 private key does not match its public key");
        }
        return pair;
    }

    /** The libp2p {@code PrivateKey} envelope, 68 bytes, preferred 64-byte form. Keep it secret. */
    public byte[] toPrivateKeyEnvelope() {
        byte[] data = Arrays.copyOf(seed, 64);
        System.arraycopy(publicKey.raw(), 0, data, SEED_LENGTH, Ed25519PublicKey.LENGTH);
        return KeysProtos.PrivateKey.newBuilder()
                .setType(KeysProtos.KeyType.Ed25519)
                .setData(ByteString.copyFrom(data))
                .build()
                .toByteArray();
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    public PeerId peerId() {
        return publicKey.toPeerId();
    }

    /** A 64-byte Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static PrivateKey toJdkPrivate(byte[] seed) {
        byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + SEED_LENGTH);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, SEED_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException("not an Ed25519 seed", e);
        }
    }

    @Override
    public String toString() {
        return "Ed25519KeyPair[" + peerId() + "]";
    }
}
