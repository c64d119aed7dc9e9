package io.cosmicsync.adapter.p2p.multistream;

import io.cosmicsync.adapter.p2p.multiformats.MultiformatException;
import io.cosmicsync.adapter.p2p.multiformats.Varint;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The one message shape of multistream-select 1.0: a UTF-8 line ending in {@code '\n'}, prefixed by its length.
 *
 * <pre>
 *   +----------------+-------------------------+------+
 *   | length: varint | protocol id (UTF-8)     | 0x0A |     length counts the id and the newline
 *   +----------------+-------------------------+------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/multiformats/multistream-select">multiformats/multistream-select</a>.
 */
public final class MultistreamLines {

    /** The protocol header both sides send first. */
    public static final String HEADER = "/multistream/1.0.0";
    /** The listener's answer to a protocol it does not speak. */
    public static final String NA = "na";
    /** Longest line accepted (with its newline); protocol ids are short paths, far below this. */
    public static final int MAX_LINE_BYTES = 1024;

    private MultistreamLines() {
    }

    public static ByteBuf encode(ByteBufAllocator alloc, String... lines) {
        ByteBuf out = alloc.buffer();
        for (String line : lines) {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_LINE_BYTES) {
                out.release();
                throw new IllegalArgumentException("protocol id longer than " + MAX_LINE_BYTES + " bytes");
            }
            Varint.write(bytes.length, out);
            out.writeBytes(bytes);
        }
        return out;
    }

    /**
     * Reads one line without its newline, or returns null (consuming nothing) when it has not fully arrived.
     *
     * @throws MultistreamException for an oversized, empty or unterminated line
     */
    public static String tryRead(ByteBuf in) {
        int start = in.readerIndex();
        long length;
        try {
            length = Varint.tryRead(in);
        } catch (MultiformatException e) {
            throw new MultistreamException("bad line length: " + e.getMessage());
        }
        if (length == Varint.INCOMPLETE) {
            return null;
        }
        if (length < 1 || length > MAX_LINE_BYTES) {
            throw new MultistreamException("line length " + length + " is not within 1.." + MAX_LINE_BYTES);
        }
        if (in.readableBytes() < length) {
            in.readerIndex(start);
            return null;
        }
        String line = in.readCharSequence((int) length, StandardCharsets.UTF_8).toString();
        if (!line.endsWith("\n")) {
            throw new MultistreamException("line does not end with a newline");
        }
        return line.substring(0, line.length() - 1);
    }
}
