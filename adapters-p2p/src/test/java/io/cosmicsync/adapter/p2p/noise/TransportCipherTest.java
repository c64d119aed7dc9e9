package io.cosmicsync.adapter.p2p.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.southernstorm.noise.protocol.CipherState;
import com.southernstorm.noise.protocol.CipherStatePair;
import com.southernstorm.noise.protocol.Noise;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.security.Provider;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransportCipherTest {

    private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;
    private final Random random = new Random(42);

    private static CipherState noiseJava(byte[] key) throws Exception {
        CipherState state = Noise.createCipher("ChaChaPoly");
        state.initializeKey(key, 0);
        return state;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] seal(TransportCipher cipher, byte[] plain) {
        ByteBuf in = Unpooled.wrappedBuffer(plain);
        ByteBuf out = ALLOC.directBuffer(plain.length + TransportCipher.TAG_BYTES);
        cipher.seal(in, plain.length, out);
        assertThat(in.isReadable()).isFalse();
        byte[] sealed = ByteBufUtil.getBytes(out);
        out.release();
        return sealed;
    }

    private static byte[] open(TransportCipher cipher, byte[] sealed) {
        ByteBuf plain = cipher.open(Unpooled.wrappedBuffer(sealed), ALLOC);
        byte[] bytes = ByteBufUtil.getBytes(plain);
        plain.release();
        return bytes;
    }

    private void assertSameMessagesBothWays(TransportCipher fast, CipherState reference, TransportCipher fastReceiver,
            CipherState referenceSender) throws Exception {
        for (int size : new int[] {0, 1, 17, 1000, NoiseTransportHandler.MAX_PLAINTEXT}) {
            byte[] plain = randomBytes(size);
            byte[] expected = new byte[size + 16];
            reference.encryptWithAd(null, plain, 0, expected, 0, size);
            assertThat(seal(fast, plain)).isEqualTo(expected);

            byte[] fromNoiseJava = new byte[size + 16];
            referenceSender.encryptWithAd(null, plain, 0, fromNoiseJava, 0, size);
            assertThat(open(fastReceiver, fromNoiseJava)).isEqualTo(plain);
        }
    }

    @Test
    void extracted_keys_seal_and_open_exactly_as_noise_java_message_after_message() throws Exception {
        byte[] k1 = randomBytes(32);
        byte[] k2 = randomBytes(32);
        TransportCipher[] fast = NoiseJavaKeys.extract(new CipherStatePair(noiseJava(k1), noiseJava(k2)))
                .orElseThrow(() -> new AssertionError("noise-java keys could not be extracted"));

        assertSameMessagesBothWays(fast[0], noiseJava(k1), fast[1], noiseJava(k2));
    }

    @Test
    void the_jdk_cipher_and_conscrypt_agree_with_noise_java() throws Exception {
        byte[] key = randomBytes(32);
        Provider[] providers = {null, JcaChaChaPolyCipher.conscrypt()};
        for (Provider provider : providers) {
            assertSameMessagesBothWays(new JcaChaChaPolyCipher(key, true, provider), noiseJava(key),
                    new JcaChaChaPolyCipher(key, false, provider), noiseJava(key));
        }
    }

    @Test
    void conscrypt_loads_on_this_machine_so_the_transport_runs_natively() {
        assertThat(JcaChaChaPolyCipher.conscrypt()).isNotNull();
    }

    @Test
    void a_state_that_already_sent_a_message_gives_no_key() throws Exception {
        CipherState used = noiseJava(randomBytes(32));
        used.encryptWithAd(null, new byte[1], 0, new byte[17], 0, 1);

        assertThat(NoiseJavaKeys.key(used)).isNull();
    }

    @Test
    void an_altered_frame_fails_to_open_with_a_noise_exception() {
        byte[] key = randomBytes(32);
        byte[] sealed = seal(new JcaChaChaPolyCipher(key, true), randomBytes(100));
        sealed[50] ^= 1;

        assertThatThrownBy(() -> open(new JcaChaChaPolyCipher(key, false), sealed))
                .isInstanceOf(NoiseException.class).hasMessageContaining("decrypt");
    }

    @Test
    void a_replayed_frame_fails_to_open_because_the_nonce_moved_on() {
        byte[] key = randomBytes(32);
        byte[] sealed = seal(new JcaChaChaPolyCipher(key, true), randomBytes(100));
        TransportCipher receiver = new JcaChaChaPolyCipher(key, false);
        open(receiver, sealed);

        assertThatThrownBy(() -> open(receiver, sealed)).isInstanceOf(NoiseException.class);
    }

    @Test
    void a_frame_shorter_than_its_tag_fails_to_open() {
        TransportCipher receiver = new JcaChaChaPolyCipher(randomBytes(32), false);

        assertThatThrownBy(() -> open(receiver, new byte[15])).isInstanceOf(NoiseException.class)
                .hasMessageContaining("shorter than its tag");
    }

    @Test
    void a_key_that_is_not_32_bytes_is_refused() {
        assertThatThrownBy(() -> new JcaChaChaPolyCipher(new byte[16], true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
