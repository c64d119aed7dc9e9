package io.cosmicsync.adapter.p2p.noise;

import com.southernstorm.noise.protocol.CipherState;
import com.southernstorm.noise.protocol.CipherStatePair;
import com.southernstorm.noise.protocol.Noise;
import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the two transport keys out of noise-java after its handshake splits, so that a native ChaCha20-Poly1305
 * can carry the traffic ({@link JcaChaChaPolyCipher}). noise-java 0.1.1 does not expose the keys Split() derives;
 * its {@code ChaChaPolyCipherState} keeps the key as words 4–11 of the ChaCha state ({@code int[] input},
 * little-endian, RFC 8439 section 2.3) and the message counter in {@code long n}. Reading them is pinned to that
 * layout: at class load a key set into noise-java must read back unchanged; if the fields are missing or it does
 * not (another noise-java), extraction is off and the caller keeps noise-java's own
 * cipher. The noise-java states are destroyed after extraction.
 */
final class NoiseJavaKeys {

    private static final Logger LOG = LoggerFactory.getLogger(NoiseJavaKeys.class);
    private static final String CHACHAPOLY_STATE = "com.southernstorm.noise.protocol.ChaChaPolyCipherState";
    private static final Field INPUT = field("input");
    private static final Field COUNTER = field("n");
    private static final boolean WORKS = INPUT != null && COUNTER != null && knownAnswerMatches();

    private NoiseJavaKeys() {
    }

    /**
     * The two directions of a fresh transport as fast ciphers, or empty when extraction is not possible here (the
     * pair is then left untouched for {@link NoiseJavaTransportCipher}).
     */
    static Optional<TransportCipher[]> extract(CipherStatePair keys) {
        if (!WORKS) {
            return Optional.empty();
        }
        byte[] send = key(keys.getSender());
        byte[] receive = key(keys.getReceiver());
        if (send == null || receive == null) {
            return Optional.empty();
        }
        TransportCipher[] ciphers = {new JcaChaChaPolyCipher(send, true), new JcaChaChaPolyCipher(receive, false)};
        Arrays.fill(send, (byte) 0);
        Arrays.fill(receive, (byte) 0);
        keys.destroy();
        return Optional.of(ciphers);
    }

    /** The 32-byte key of a ChaChaPoly state whose counter is still 0, else null. */
    static byte[] key(CipherState state) {
        try {
            if (INPUT == null || !INPUT.getDeclaringClass().isInstance(state) || COUNTER.getLong(state) != 0) {
                return null;
            }
            int[] words = (int[]) INPUT.get(state);
            byte[] key = new byte[32];
            for (int i = 0; i < 8; i++) {
                int word = words[4 + i];
                for (int b = 0; b < 4; b++) {
                    key[4 * i + b] = (byte) (word >>> (8 * b));
                }
            }
            return key;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(String name) {
        try {
            Field field = Class.forName(CHACHAPOLY_STATE).getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info("noise-java's ChaChaPoly key is not reachable ({}); transport stays on noise-java", e.toString());
            return null;
        }
    }

    /** True when a key set into noise-java reads back unchanged. */
    private static boolean knownAnswerMatches() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 1);
        }
        CipherState reference;
        try {
            reference = Noise.createCipher("ChaChaPoly");
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
        reference.initializeKey(key, 0);
        boolean matches = Arrays.equals(key, key(reference));
        reference.destroy();
        if (!matches) {
            LOG.info("noise-java's ChaChaPoly layout differs; transport stays on noise-java");
        }
        return matches;
    }
}
