package io.cosmicsync.adapter.p2p.multistream;

/**
 * The peer broke multistream-select: a malformed or oversized line, a wrong header, too many proposals, or no
 * protocol in common. The handler that throws it closes the channel (the connection, or only the stream).
 */
public final class MultistreamException extends RuntimeException {

    public MultistreamException(String message) {
        super(message);
    }
}
