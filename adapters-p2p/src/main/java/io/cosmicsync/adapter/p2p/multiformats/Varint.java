package io.cosmicsync.adapter.p2p.multiformats;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Unsigned LEB128 varints as used by multiformats: 7 bits per byte, least significant group first, the high bit
 * of each byte set when another byte follows.
 *
 * <pre>
 *   300 = 0b1_0010_1100  ->  [1010_1100] [0000_0010]
 *                             ^ more      ^ last
 * </pre>
 *
 * <p>Limits (spec: <a href="https://github.com/multiformats/unsigned-varint">multiformats/unsigned-varint</a>):
 * at most {@value #MAX_BYTES} bytes, so values up to 2<sup>63</sup>−1; encodings must be minimal (no trailing
 * {@code 0x00} continuation). Violations throw {@link MultiformatException}.
 */
public final class Varint {

    /** The spec caps varints at 9 bytes (63 bits) "to keep them practical". */
    public static final int MAX_BYTES = 9;

    /** Returned by {@link #tryRead(ByteBuf)} when the buffer does not yet hold a whole varint. */
    public static final long INCOMPLETE = -1;

    private Varint() {
    }

    /** Encodes a non-negative value. */
    public static byte[] encode(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        requireNonNegative(value);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
        return out.toByteArray();
    }

    /** Writes a non-negative value to {@code out}. */
    public static void write(long value, ByteBuf out) {
        out.writeBytes(encode(value));
    }

    /** Number of bytes {@link #encode(long)} produces for {@code value}. */
    public static int size(long value) {
        requireNonNegative(value);
        int bits = 64 - Long.numberOfLeadingZeros(value);
        return Math.max(1, (bits + 6) / 7);
    }

    /**
     * Reads one varint from a complete buffer, advancing its position.
     *
     * @throws MultiformatException if the buffer ends inside the varint, or it is too long or not minimal
     */
    public static long read(ByteBuffer in) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (!in.hasRemaining()) {
                throw new MultiformatException("varint is truncated after " + i + " bytes");
            }
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                checkMinimal(b, i);
                return value;
            }
        }
        throw new MultiformatException("varint is longer than " + MAX_BYTES + " bytes");
    }

    /**
     * Reads one varint from a stream buffer if it is all there. On success the reader index moves past it; when
     * more bytes are needed the index is left untouched and {@link #INCOMPLETE} is returned.
     *
     * @throws MultiformatException if the varint is too long or not minimal
     */
    public static long tryRead(ByteBuf in) {
        int start = in.readerIndex();
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (start + i >= in.writerIndex()) {
                return INCOMPLETE;
            }
            int b = in.getUnsignedByte(start + i);
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                checkMinimal(b, i);
                in.readerIndex(start + i + 1);
                return value;
            }
        }
        throw new MultiformatException("varint is longer than " + MAX_BYTES + " bytes");
    }

    private static void checkMinimal(int lastByte, int index) {
        if (lastByte == 0 && index > 0) {
            throw new MultiformatException("varint is not minimally encoded");
        }
    }

    private static void requireNonNegative(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("varints encode non-negative values, got " + value);
        }
    }
}
