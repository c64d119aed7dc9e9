package io.cosmicsync.adapter.p2p.multiformats;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A self-describing digest: which hash function, how long, and the digest itself.
 *
 * <pre>
 *   +--------------+----------------+------------------+
 *   | code: varint | length: varint | digest: length B |
 *   +--------------+----------------+------------------+
 *   identity = 0x00 (the "digest" is the input itself), sha2-256 = 0x12 (32 bytes)
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/multihash">multiformats/multihash</a>. Only the two
 * functions peer ids use are accepted; digests longer than {@value #MAX_DIGEST_BYTES} bytes, a sha2-256 digest
 * that is not 32 bytes, trailing bytes and other codes throw {@link MultiformatException}. Immutable.
 */
public final class Multihash {

    /** The identity "hash": the digest is the data itself. */
    public static final long IDENTITY = 0x00;
    /** SHA-256, 32-byte digests. */
    public static final long SHA2_256 = 0x12;
    /** Longest digest accepted from outside; an Ed25519 key envelope (36 B) and an RSA-4096 one fit far below. */
    public static final int MAX_DIGEST_BYTES = 1024;

    private final long code;
    private final byte[] digest;

    private Multihash(long code, byte[] digest) {
        if (code != IDENTITY && code != SHA2_256) {
            throw new MultiformatException("unsupported multihash code 0x" + Long.toHexString(code));
        }
        if (digest.length > MAX_DIGEST_BYTES) {
            throw new MultiformatException("multihash digest of " + digest.length + " bytes exceeds "
                    + MAX_DIGEST_BYTES);
        }
        if (code == SHA2_256 && digest.length != 32) {
            throw new MultiformatException("sha2-256 digest must be 32 bytes, got " + digest.length);
        }
        this.code = code;
        this.digest = digest.clone();
    }

    /** Wraps data verbatim (code 0x00). */
    public static Multihash identity(byte[] data) {
        return new Multihash(IDENTITY, data);
    }

    /** Hashes data with SHA-256 (code 0x12). */
    public static Multihash sha256(byte[] data) {
        try {
            return new Multihash(SHA2_256, MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Parses exactly one multihash; trailing bytes are an error. */
    public static Multihash fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Multihash result = read(in);
        if (in.hasRemaining()) {
            throw new MultiformatException(in.remaining() + " trailing bytes after multihash");
        }
        return result;
    }

    /** Reads one multihash from the buffer, advancing its position. */
    public static Multihash read(ByteBuffer in) {
        long code = Varint.read(in);
        long length = Varint.read(in);
        if (length > MAX_DIGEST_BYTES || length > in.remaining()) {
            throw new MultiformatException("multihash digest length " + length + " is longer than the "
                    + Math.min(MAX_DIGEST_BYTES, in.remaining()) + " bytes available");
        }
        byte[] digest = new byte[(int) length];
        in.get(digest);
        return new Multihash(code, digest);
    }

    public long code() {
        return code;
    }

    public byte[] digest() {
        return digest.clone();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(digest.length + 4);
        out.writeBytes(Varint.encode(code));
        out.writeBytes(Varint.encode(digest.length));
        out.writeBytes(digest);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Multihash that && code == that.code && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(code) + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "Multihash[0x" + Long.toHexString(code) + ":" + HexFormat.of().formatHex(digest) + "]";
    }
}
