package io.cosmicsync.adapter.p2p.noise;

import io.cosmicsync.adapter.p2p.crypto.ConscryptProvider;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link TransportCipher} on a JCA ChaCha20-Poly1305 (RFC 8439): BoringSSL's through Conscrypt when its native
 * library loads (about 1.4 GB/s here, ten times noise-java's), otherwise the JDK's. The 96-bit nonce is Noise's:
 * four zero bytes, then the 64-bit message counter little-endian (Noise spec section 12.1); the counter value
 * 2^64-1 is reserved, so a direction ends before it.
 */
final class JcaChaChaPolyCipher implements TransportCipher {

    /** Conscrypt's provider when its native library loads here, otherwise null (use the JDK's). */
    private static final Provider CONSCRYPT = ConscryptProvider.get().orElse(null);

    private final Cipher cipher;
    private final SecretKeySpec key;
    private final int mode;
    private final byte[] nonce = new byte[12];
    private long counter;

    /**
     * @param key32   the 32-byte key of this direction, as Noise's Split() derived it (copied)
     * @param encrypt true for the sending direction
     */
    JcaChaChaPolyCipher(byte[] key32, boolean encrypt) {
        this(key32, encrypt, CONSCRYPT);
    }

    /** As above with a chosen provider; null means the JDK's ChaCha20-Poly1305 (tests use both). */
    JcaChaChaPolyCipher(byte[] key32, boolean encrypt, Provider provider) {
        if (key32.length != 32) {
            throw new IllegalArgumentException("a ChaChaPoly key has 32 bytes, not " + key32.length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key32, 32), "ChaCha20");
        this.mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        try {
            this.cipher = provider != null ? Cipher.getInstance("ChaCha20/Poly1305/NoPadding", provider)
                    : Cipher.getInstance("ChaCha20-Poly1305");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no ChaCha20-Poly1305 in this JVM", e);
        }
    }

    /** Conscrypt's provider when its native library loads here, otherwise null. */
    static Provider conscrypt() {
        return CONSCRYPT;
    }

    @Override
    public void seal(ByteBuf plain, int length, ByteBuf out) {
        ByteBuffer source = plain.nioBuffer(plain.readerIndex(), length);
        ByteBuffer target = out.nioBuffer(out.writerIndex(), length + TAG_BYTES);
        try {
            int written = next().doFinal(source, target);
            plain.skipBytes(length);
            out.writerIndex(out.writerIndex() + written);
        } catch (GeneralSecurityException e) {
            throw new NoiseException("a frame failed to encrypt", e);
        }
    }

    @Override
    public ByteBuf open(ByteBuf sealed, ByteBufAllocator alloc) {
        int length = sealed.readableBytes() - TAG_BYTES;
        if (length < 0) {
            throw new NoiseException("a frame of " + sealed.readableBytes() + " bytes is shorter than its tag");
        }
        ByteBuf plain = alloc.buffer(Math.max(length, 1));
        try {
            int written = next().doFinal(sealed.nioBuffer(), plain.nioBuffer(0, length));
            return plain.writerIndex(written);
        } catch (GeneralSecurityException e) {
            plain.release();
            throw new NoiseException("a frame failed to decrypt", e);
        }
    }

    /** The cipher set up for the next message's nonce. */
    private Cipher next() throws GeneralSecurityException {
        if (counter == -1L) {
            throw new NoiseException("the nonce space of this direction is used up");
        }
        long n = counter++;
        for (int i = 0; i < 8; i++) {
            nonce[4 + i] = (byte) (n >>> (8 * i));
        }
        cipher.init(mode, key, new IvParameterSpec(nonce));
        return cipher;
    }
}
