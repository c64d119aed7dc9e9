package io.cosmicsync.adapter.p2p.noise;

/**
 * The secure channel failed: a handshake message or payload was malformed, a signature or peer id did not check
 * out, a frame did not decrypt, or the handshake took too long. Always fatal for the connection.
 */
public final class NoiseException extends RuntimeException {

    public NoiseException(String message) {
        super(message);
    }

    public NoiseException(String message, Throwable cause) {
        super(message, cause);
    }
}
