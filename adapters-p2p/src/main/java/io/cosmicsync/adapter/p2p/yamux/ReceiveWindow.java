package io.cosmicsync.adapter.p2p.yamux;

/**
 * The receive side of one stream's flow control: how many more bytes the peer may send, and when to grant more.
 * Credit shrinks as data arrives and is given back (as a window update) once the application has read half of
 * the window, so a slow reader holds the sender. Spec:
 * <a href="https://github.com/libp2p/specs/blob/master/yamux/README.md#flow-control">yamux flow control</a>.
 */
final class ReceiveWindow {

    private final long window;
    private long credit;
    private long readSinceUpdate;

    ReceiveWindow(long window) {
        this.window = window;
        this.credit = window;
    }

    /**
     * Accounts for {@code bytes} that arrived.
     *
     * @throws YamuxException if the peer sent more than it was granted
     */
    void receive(long streamId, int bytes) {
        if (bytes > credit) {
            throw new YamuxException("stream " + streamId + " received " + bytes + " bytes with only " + credit
                    + " of window left");
        }
        credit -= bytes;
    }

    /** Accounts for {@code bytes} the application read; returns the window to grant now, or 0. */
    long read(int bytes) {
        readSinceUpdate += bytes;
        if (readSinceUpdate < window / 2) {
            return 0;
        }
        long grant = readSinceUpdate;
        credit += grant;
        readSinceUpdate = 0;
        return grant;
    }
}
