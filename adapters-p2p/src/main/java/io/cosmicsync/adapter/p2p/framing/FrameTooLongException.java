package io.cosmicsync.adapter.p2p.framing;

/** A length-prefixed message announced (or attempted) a size above the limit; the stream is closed. */
public final class FrameTooLongException extends RuntimeException {

    public FrameTooLongException(String message) {
        super(message);
    }
}
