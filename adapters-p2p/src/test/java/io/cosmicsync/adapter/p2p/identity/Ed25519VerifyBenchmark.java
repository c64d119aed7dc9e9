package io.cosmicsync.adapter.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.p2p.sync.Ed25519ChangeSigner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cost of one Ed25519 verification (RFC 8032) on each {@link Ed25519Backend}: every change a node applies from a
 * peer is verified once, so this is the per-change floor of a catch-up's CPU (docs/performance.md). One thread verifies
 * {@value #MESSAGES} distinct valid signatures of one key, as a catch-up from one author does, over messages shaped
 * like a change's signed bytes ({@link Ed25519ChangeSigner#DOMAIN} + 32-byte id); {@value #WARM_UP_ROUNDS} rounds warm the JIT up,
 * then {@value #ROUNDS} rounds are timed by the thread's CPU clock (so other processes on the machine do not count).
 * Prints one JSON line per backend: median and best microseconds of CPU per verification. Run:
 * {@code ./mvnw -B -o verify -pl adapters-p2p -Dtest=Ed25519VerifyBenchmark -Dp2p.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "p2p.bench", matches = "true")
class Ed25519VerifyBenchmark {
    private static final int MESSAGES = 2_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 10;

    @Test
    void microseconds_of_cpu_per_verification_on_each_backend() {
        byte[] seed = new byte[Ed25519Backend.SEED_LENGTH];
        Random random = new Random(42);
        random.nextBytes(seed);
        byte[] publicKey = TinkEd25519.publicKeyOf(seed);
        byte[] prefix = Ed25519ChangeSigner.DOMAIN.getBytes(StandardCharsets.US_ASCII);
        byte[][] messages = new byte[MESSAGES][];
        for (int i = 0; i < MESSAGES; i++) {
            messages[i] = Arrays.copyOf(prefix, prefix.length + 32);
            byte[] id = new byte[32];
            random.nextBytes(id);
            System.arraycopy(id, 0, messages[i], prefix.length, id.length);
        }
        List<Ed25519Backend> backends = new ArrayList<>();
        addIfUsable(backends, "corretto", Ed25519Backend.corretto());
        addIfUsable(backends, "conscrypt", Ed25519Backend.conscrypt());
        backends.add(Ed25519Backend.tink());
        for (Ed25519Backend backend : backends) {
            report(backend, publicKey, seed, messages);
        }
    }

    private static void addIfUsable(List<Ed25519Backend> backends, String name, Optional<Ed25519Backend> backend) {
        backend.ifPresentOrElse(backends::add, () -> System.out.println(
                "{\"case\":\"ed25519 verify\",\"backend\":\"" + name + "\",\"skipped\":\"native library not usable here\"}"));
    }

    private static void report(Ed25519Backend backend, byte[] publicKey, byte[] seed, byte[][] messages) {
        Ed25519Backend.Signer signer = backend.signer(seed);
        byte[][] signatures = new byte[messages.length][];
        for (int i = 0; i < messages.length; i++) {
            signatures[i] = signer.sign(messages[i]);
        }
        Ed25519Backend.Verifier verifier = backend.verifier(publicKey);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] microseconds = new double[ROUNDS];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int valid = 0;
            for (int i = 0; i < messages.length; i++) {
                valid += verifier.verify(messages[i], signatures[i]) ? 1 : 0;
            }
            long cpuNanos = threads.getCurrentThreadCpuTime() - start;
            assertThat(valid).as("every signature verifies on %s", backend.name()).isEqualTo(messages.length);
            if (round >= 0) {
                microseconds[round] = cpuNanos / 1e3 / messages.length;
            }
        }
        Arrays.sort(microseconds);
        System.out.printf(Locale.ROOT, "{\"case\":\"ed25519 verify\",\"backend\":\"%s\",\"verifications\":%d,"
                        + "\"us_cpu_per_verification_median\":%.1f,\"us_cpu_per_verification_best\":%.1f,\"per_s_one_core\":%.0f}%n",
                backend.name(), messages.length * ROUNDS, microseconds[ROUNDS / 2], microseconds[0], 1e6 / microseconds[ROUNDS / 2]);
    }
}
