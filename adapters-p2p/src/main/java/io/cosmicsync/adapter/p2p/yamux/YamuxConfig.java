package io.cosmicsync.adapter.p2p.yamux;

import java.time.Duration;

/**
 * Limits of one yamux session.
 *
 * @param receiveWindow  bytes a peer may send on a stream before we grant more; the spec's initial window is
 *                       256 KiB and we never grant beyond it, so it is also the largest data frame accepted
 * @param maxFrameData   largest data frame we send (bytes)
 * @param maxStreams     concurrent streams (both directions); an inbound stream beyond it is reset
 * @param pingTimeout    how long {@link YamuxSession#ping()} waits for the answer
 */
public record YamuxConfig(int receiveWindow, int maxFrameData, int maxStreams, Duration pingTimeout) {

    /** The initial stream window fixed by the spec: "each stream with a 256KB window size". */
    public static final int INITIAL_WINDOW = 256 * 1024;

    public YamuxConfig {
        if (receiveWindow < INITIAL_WINDOW) {
            throw new IllegalArgumentException("the receive window cannot be below the spec's 256 KiB");
        }
        if (maxFrameData < 1 || maxStreams < 1) {
            throw new IllegalArgumentException("maxFrameData and maxStreams must be positive");
        }
    }

    /** 256 KiB windows, 64 KiB frames, 512 streams, 10 s ping timeout. */
    public static YamuxConfig defaults() {
        return new YamuxConfig(INITIAL_WINDOW, 64 * 1024, 512, Duration.ofSeconds(10));
    }
}
