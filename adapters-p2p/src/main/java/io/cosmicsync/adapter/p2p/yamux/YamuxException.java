package io.cosmicsync.adapter.p2p.yamux;

/**
 * A yamux session-level protocol violation (bad version or type, a data frame beyond the receive window, a
 * stream id of the wrong parity or reused). The session answers with Go Away (protocol error) and closes the
 * connection. Stream-level problems are answered with RST instead and never throw this.
 */
public final class YamuxException extends RuntimeException {

    public YamuxException(String message) {
        super(message);
    }
}
