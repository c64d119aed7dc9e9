package io.cosmicsync.domain.sync;

import java.util.HexFormat;

/**
 * Content address of a {@link Change}: the SHA-256 of its canonical binary encoding
 * ({@link ChangeCodec}), as 64 lowercase hex digits.
 *
 * @param hex 64 lowercase hexadecimal characters
 */
public record ChangeId(String hex) implements Comparable<ChangeId> {

    public ChangeId {
        if (!isLowerHex64(hex)) {
            throw new IllegalArgumentException("a change id is 64 lowercase hex digits (SHA-256)");
        }
    }

    private static boolean isLowerHex64(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    public static ChangeId of(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        return new ChangeId(HexFormat.of().formatHex(sha256));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public int compareTo(ChangeId o) {
        return hex.compareTo(o.hex);
    }

    @Override
    public String toString() {
        return hex.substring(0, 12);
    }
}
