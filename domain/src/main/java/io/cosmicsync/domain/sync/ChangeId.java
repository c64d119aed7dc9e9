package io.cosmicsync.domain.sync;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Content address of a {@link Change}: the SHA-256 of its canonical binary encoding ({@link ChangeCodec}), 32 bytes.
 * Held as those bytes, which is what the codecs, the store and the signatures use; {@link #hex()} (64 lowercase hex
 * digits) is for people and JSON. Equal when the bytes are; ordered as the bytes compare unsigned, the same order as
 * the hex strings. Immutable.
 */
public final class ChangeId implements Comparable<ChangeId> {
    private static final int LENGTH = 32;

    private final byte[] sha256;
    private final int hash;

    private ChangeId(byte[] sha256) {
        this.sha256 = sha256;
        this.hash = Arrays.hashCode(sha256);
    }

    /**
     * The id whose bytes are {@code sha256} (copied).
     *
     * @throws IllegalArgumentException unless {@code sha256} has 32 bytes
     */
    public static ChangeId of(byte[] sha256) {
        if (sha256.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        return new ChangeId(sha256.clone());
    }

    /** The 32 bytes (a copy). */
    public byte[] bytes() {
        return sha256.clone();
    }

    /** The 64 lowercase hexadecimal digits of the bytes. */
    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    @Override
    public int compareTo(ChangeId o) {
        return Arrays.compareUnsigned(sha256, o.sha256);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeId other && hash == other.hash && Arrays.equals(sha256, other.sha256);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The first 12 hex digits, enough to tell ids apart in logs. */
    @Override
    public String toString() {
        return hex().substring(0, 12);
    }
}
