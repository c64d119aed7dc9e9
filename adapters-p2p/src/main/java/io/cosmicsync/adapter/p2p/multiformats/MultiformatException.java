package io.cosmicsync.adapter.p2p.multiformats;

/**
 * Bytes or text that do not follow a multiformats encoding (varint, multihash, multibase, CID, multiaddr).
 * Thrown for input from peers and users alike; the message says what was wrong so the caller can fix it.
 */
public final class MultiformatException extends IllegalArgumentException {

    public MultiformatException(String message) {
        super(message);
    }
}
