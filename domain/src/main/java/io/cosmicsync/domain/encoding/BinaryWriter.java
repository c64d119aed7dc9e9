package io.cosmicsync.domain.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Growable byte buffer for the project's binary encodings: unsigned LEB128 varints (as in
 * multiformats/unsigned-varint, up to 64 bits), ZigZag signed varints (protobuf), IEEE 754 doubles
 * (8 bytes, big-endian) and UTF-8 strings prefixed by their byte length.
 */
public final class BinaryWriter {
    private byte[] buf;
    private int size;

    public BinaryWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public BinaryWriter() {
        this(64);
    }

    public BinaryWriter writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    public BinaryWriter writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Unsigned LEB128; {@code v} is treated as unsigned 64-bit. */
    public BinaryWriter writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    /** ZigZag then LEB128, for small signed numbers. */
    public BinaryWriter writeSignedVarLong(long v) {
        return writeVarLong((v << 1) ^ (v >> 63));
    }

    public BinaryWriter writeDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        ensure(8);
        for (int i = 7; i >= 0; i--) {
            buf[size++] = (byte) (bits >>> (i * 8));
        }
        return this;
    }

    /** Whether {@code s} has no unpaired surrogate, so UTF-8 carries it unchanged. */
    public static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Varint byte length, then the UTF-8 bytes.
     *
     * @throws IllegalArgumentException if {@code s} has an unpaired surrogate (UTF-8 would alter it)
     */
    public BinaryWriter writeString(String s) {
        if (!isWellFormed(s)) {
            throw new IllegalArgumentException("string contains an unpaired surrogate; it must be valid Unicode");
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(b.length);
        return writeBytes(b);
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
