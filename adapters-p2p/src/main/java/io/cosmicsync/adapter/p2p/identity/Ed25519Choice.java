package io.cosmicsync.adapter.p2p.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses {@link Ed25519Backend#fastest()} once per JVM: the first of Corretto and Conscrypt that loads and agrees
 * with Tink, else Tink.
 */
final class Ed25519Choice {

    private static final Logger LOG = LoggerFactory.getLogger(Ed25519Backend.class);
    static final Ed25519Backend FASTEST = choose();

    private Ed25519Choice() {
    }

    private static Ed25519Backend choose() {
        Optional<Ed25519Backend> nativeBackend = Ed25519Backend.nativeBackends().stream()
                .filter(Ed25519Choice::agreesWithTink)
                .findFirst();
        Ed25519Backend chosen = nativeBackend.orElse(Ed25519Backend.tink());
        LOG.info("Ed25519 signatures by {}{}", chosen.name(),
                nativeBackend.isEmpty() ? " (no native library is usable here)" : "");
        return chosen;
    }

    /** A known-answer check: Tink's signature for a fixed key and message, made and verified by {@code candidate}. */
    static boolean agreesWithTink(Ed25519Backend candidate) {
        try {
            byte[] seed = new byte[Ed25519Backend.SEED_LENGTH];
            Arrays.fill(seed, (byte) 7);
            byte[] message = "cosmicsync ed25519 self-test".getBytes(StandardCharsets.US_ASCII);
            byte[] expected = Ed25519Backend.tink().signer(seed).sign(message);
            byte[] publicKey = TinkEd25519.publicKeyOf(seed);
            byte[] altered = expected.clone();
            altered[0] ^= 1;
            Ed25519Backend.Verifier verifier = candidate.verifier(publicKey);
            return Arrays.equals(expected, candidate.signer(seed).sign(message))
                    && verifier.verify(message, expected) && !verifier.verify(message, altered);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} Ed25519 failed its self-test: {}", candidate.name(), e.toString());
            return false;
        }
    }
}
