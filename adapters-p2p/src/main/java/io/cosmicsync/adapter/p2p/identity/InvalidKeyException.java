package io.cosmicsync.adapter.p2p.identity;

/**
 * A key envelope, key file or peer id that cannot be used: malformed protobuf, an unsupported key type, a wrong
 * key length, or a peer id that does not match its key.
 */
public final class InvalidKeyException extends IllegalArgumentException {

    public InvalidKeyException(String message) {
        super(message);
    }

    public InvalidKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
