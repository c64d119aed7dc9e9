package io.cosmicsync.adapter.p2p.identify;

/** An identify exchange failed: malformed or oversized message, wrong key, or the stream ended early. */
public final class IdentifyException extends RuntimeException {

    public IdentifyException(String message) {
        super(message);
    }
}
