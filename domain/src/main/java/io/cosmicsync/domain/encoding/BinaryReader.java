package io.cosmicsync.domain.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} writes, validating as it goes: every read is bounds-checked, varints
 * longer than 10 bytes or not minimally encoded are rejected, counts and lengths are checked against
 * caller-given maxima, and strings must be well-formed UTF-8. Any violation throws
 * {@link MalformedEncodingException} with the offset.
 */
public final class BinaryReader {
    private final byte[] buf;
    private int pos;

    public BinaryReader(byte[] bytes) {
        this.buf = bytes;
    }

    public int position() {
        return pos;
    }

    public int remaining() {
        return buf.length - pos;
    }

    public int readByte() {
        if (pos >= buf.length) {
            throw fail("unexpected end of input");
        }
        return buf[pos++] & 0xFF;
    }

    public byte[] readBytes(int n) {
        if (n < 0 || n > remaining()) {
            throw fail("length " + n + " exceeds the " + remaining() + " bytes left");
        }
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    public long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            if (shift == 63 && b > 1) {
                throw fail("varint overflows 64 bits");
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (b == 0 && shift > 0) {
                    throw fail("varint is not minimally encoded");
                }
                return v;
            }
        }
        throw fail("varint longer than 10 bytes");
    }

    public long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    /** A varint in {@code [min, max]}. */
    public long readVarLong(long min, long max, String what) {
        long v = readVarLong();
        if (v < min || v > max) {
            throw fail(what + " " + Long.toUnsignedString(v) + " is outside [" + min + ", " + max + "]");
        }
        return v;
    }

    public int readVarInt(int min, int max, String what) {
        return (int) readVarLong(min, max, what);
    }

    public double readDouble() {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | readByte();
        }
        return Double.longBitsToDouble(bits);
    }

    /** A length-prefixed UTF-8 string of at most {@code maxBytes} bytes. */
    /**
     * A length-prefixed string of at most {@code maxBytes} UTF-8 bytes. ASCII, the usual case (ids, names, field
     * paths), is copied as it is; anything else goes through a strict decoder.
     *
     * @throws MalformedEncodingException if the length is over {@code maxBytes} or past the end, or the bytes are not
     *                                    well-formed UTF-8 (overlong forms, surrogates and truncated sequences included)
     */
    public String readString(int maxBytes, String what) {
        int n = readVarInt(0, maxBytes, what + " byte length");
        if (n > remaining()) {
            throw fail(what + " of " + n + " bytes exceeds the " + remaining() + " bytes left");
        }
        // Checked ASCII is also Latin-1, which the JDK copies without scanning the bytes a second time.
        String s = isAscii(pos, n) ? new String(buf, pos, n, StandardCharsets.ISO_8859_1) : decodeUtf8(n, what);
        pos += n;
        return s;
    }

    private boolean isAscii(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private String decodeUtf8(int n, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, pos, n)).toString();
        } catch (CharacterCodingException e) {
            throw fail(what + " is not valid UTF-8");
        }
    }

    public void requireEnd() {
        if (pos != buf.length) {
            throw fail((buf.length - pos) + " unexpected trailing bytes");
        }
    }

    public MalformedEncodingException fail(String message) {
        return new MalformedEncodingException(message + " (at byte " + pos + ")");
    }
}
