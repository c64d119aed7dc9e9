package io.cosmicsync.adapter.p2p.transport;

/** A dial, listen or stream open that could not be done: bad address, unreachable peer, failed upgrade. */
public final class TransportException extends RuntimeException {

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
