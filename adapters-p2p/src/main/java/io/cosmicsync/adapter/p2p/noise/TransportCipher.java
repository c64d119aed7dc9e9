package io.cosmicsync.adapter.p2p.noise;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * One direction of a Noise transport: ChaChaPoly with an empty associated data and a nonce that counts the messages
 * of that direction from 0 (Noise spec sections 5.1 and 12.1). Not thread-safe; each connection's two ciphers are
 * used on its event loop only.
 */
interface TransportCipher {

    /** The Poly1305 tag appended to every sealed message, in bytes. */
    int TAG_BYTES = 16;

    /**
     * Encrypts the next {@code length} readable bytes of {@code plain} (advancing its reader index) and appends the
     * ciphertext and tag ({@code length + 16} bytes) to {@code out}, which must have that much writable room.
     *
     * @throws NoiseException if the cipher fails or the nonce space is used up
     */
    void seal(ByteBuf plain, int length, ByteBuf out);

    /**
     * Decrypts one whole message (ciphertext and tag, at least 16 bytes) into a new buffer from {@code alloc}.
     *
     * @throws NoiseException if the tag does not check out (the message was altered, reordered or forged)
     */
    ByteBuf open(ByteBuf sealed, ByteBufAllocator alloc);
}
