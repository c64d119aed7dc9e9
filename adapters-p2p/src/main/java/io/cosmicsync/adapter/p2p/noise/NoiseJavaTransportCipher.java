package io.cosmicsync.adapter.p2p.noise;

import com.southernstorm.noise.protocol.CipherState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.security.GeneralSecurityException;

/**
 * A {@link TransportCipher} on noise-java's own pure-Java ChaChaPoly (about 150 MB/s here): the fallback when the
 * transport keys cannot be taken out of noise-java for {@link JcaChaChaPolyCipher}.
 */
final class NoiseJavaTransportCipher implements TransportCipher {

    private final CipherState state;
    private byte[] in = new byte[0];
    private byte[] out = new byte[0];

    NoiseJavaTransportCipher(CipherState state) {
        this.state = state;
    }

    @Override
    public void seal(ByteBuf plain, int length, ByteBuf sealed) {
        ensure(length + TAG_BYTES);
        plain.readBytes(in, 0, length);
        try {
            int sealedLength = state.encryptWithAd(null, in, 0, out, 0, length);
            sealed.writeBytes(out, 0, sealedLength);
        } catch (GeneralSecurityException | IllegalStateException e) {
            throw new NoiseException("a frame failed to encrypt", e);
        }
    }

    @Override
    public ByteBuf open(ByteBuf sealed, ByteBufAllocator alloc) {
        byte[] ciphertext = ByteBufUtil.getBytes(sealed);
        try {
            int length = state.decryptWithAd(null, ciphertext, 0, ciphertext, 0, ciphertext.length);
            return alloc.buffer(length).writeBytes(ciphertext, 0, length);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new NoiseException("a frame failed to decrypt", e);
        }
    }

    private void ensure(int bytes) {
        if (in.length < bytes) {
            in = new byte[bytes];
            out = new byte[bytes];
        }
    }
}
