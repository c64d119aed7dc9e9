package io.cosmicsync.adapter.p2p.yamux;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCounted;

/**
 * One yamux frame: a 12-byte header, followed by {@code length} bytes of data for data frames only.
 *
 * <pre>
 *    0        1        2        3        4                  8                 12
 *   +--------+--------+-----------------+------------------+------------------+----------------+
 *   | version| type   | flags (BE)      | stream id (BE)   | length (BE)      | data (type 0)  |
 *   | 0      | 0 data, 1 window update, | 0 = session      | data: bytes that |                |
 *   |        | 2 ping, 3 go away        |                  | follow; window:  |                |
 *   |        |        | SYN 1 ACK 2     |                  | delta; ping:     |                |
 *   |        |        | FIN 4 RST 8     |                  | opaque; go away: |                |
 *   |        |        |                 |                  | error code       |                |
 *   +--------+--------+-----------------+------------------+------------------+----------------+
 * </pre>
 *
 * <p>Spec: <a href="https://github.com/libp2p/specs/blob/master/yamux/README.md">yamux/README.md</a> (and
 * hashicorp/yamux spec.md). {@code data} is an empty buffer except for data frames; the frame owns it.
 *
 * @param type     one of the {@code TYPE_*} constants
 * @param flags    a combination of the {@code FLAG_*} bits
 * @param streamId 0 for ping and go away; odd for streams the client opened, even for the server's
 * @param length   unsigned 32-bit value held in a long; for data frames it equals {@code data.readableBytes()}
 */
public record YamuxFrame(int type, int flags, long streamId, long length, ByteBuf data) implements ReferenceCounted {

    public static final int HEADER_BYTES = 12;
    /** The only version the spec defines. */
    public static final int VERSION = 0;
    public static final int TYPE_DATA = 0;
    public static final int TYPE_WINDOW_UPDATE = 1;
    public static final int TYPE_PING = 2;
    public static final int TYPE_GO_AWAY = 3;
    public static final int FLAG_SYN = 1;
    public static final int FLAG_ACK = 2;
    public static final int FLAG_FIN = 4;
    public static final int FLAG_RST = 8;
    public static final long GO_AWAY_NORMAL = 0;
    public static final long GO_AWAY_PROTOCOL_ERROR = 1;
    public static final long GO_AWAY_INTERNAL_ERROR = 2;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public int refCnt() {
        return data.refCnt();
    }

    @Override
    public YamuxFrame retain() {
        data.retain();
        return this;
    }

    @Override
    public YamuxFrame retain(int increment) {
        data.retain(increment);
        return this;
    }

    @Override
    public YamuxFrame touch() {
        data.touch();
        return this;
    }

    @Override
    public YamuxFrame touch(Object hint) {
        data.touch(hint);
        return this;
    }

    @Override
    public boolean release() {
        return data.release();
    }

    @Override
    public boolean release(int decrement) {
        return data.release(decrement);
    }
}
