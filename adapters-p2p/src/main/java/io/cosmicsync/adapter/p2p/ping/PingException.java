package io.cosmicsync.adapter.p2p.ping;

/** A ping failed: the echo differed from what was sent, the stream ended, or no echo came in time. */
public final class PingException extends RuntimeException {

    public PingException(String message) {
        super(message);
    }
}
