package io.cosmicsync.adapter.p2p.identity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An implementation of Ed25519 (pure Ed25519 of RFC 8032: no pre-hash, no context) that signs and verifies
 * with raw keys: 32-byte seeds, 32-byte public keys, 64-byte signatures. Ed25519 signing is deterministic,
 * so every backend makes byte-identical signatures and accepts the others'.
 *
 * <ul>
 *   <li>{@link #corretto()}: AWS-LC through the Amazon Corretto Crypto Provider's JCA provider, about 32 µs per
 *   verification on the reference machine (docs/performance.md). Needs the provider's native library, which the
 *   node carries for Linux on x86-64;</li>
 *   <li>{@link #conscrypt()}: BoringSSL through Conscrypt's JCA provider, about 61 µs per verification. Needs
 *   Conscrypt's native library for this OS and CPU;</li>
 *   <li>{@link #tink()}: Tink's pure-Java Ed25519, available everywhere (about 200 µs per verification).</li>
 * </ul>
 *
 * The native backends use their provider through an instance of their own, never installed as a global JCA
 * provider. {@link #fastest()} picks the first of Corretto and Conscrypt whose native library loads and which
 * passes a known-answer check against Tink, Tink otherwise, once per JVM. Spec:
 * <a href="https://www.rfc-editor.org/rfc/rfc8032#section-5.1">RFC 8032, section 5.1</a>.
 * Implementations, signers and verifiers are thread-safe.
 */
public sealed interface Ed25519Backend permits JcaEd25519, TinkEd25519 {

    /** Seed (private key) length, bytes (RFC 8032, 5.1.5). */
    int SEED_LENGTH = 32;
    /** Signature length, bytes (RFC 8032, 5.1.6). */
    int SIGNATURE_LENGTH = 64;

    /** Signs with one private key; thread-safe. */
    interface Signer {
        /** The 64-byte signature of {@code data}. */
        byte[] sign(byte[] data);
    }

    /** Verifies signatures of one public key; thread-safe. */
    interface Verifier {
        /** True when {@code signature} is this key's signature of {@code data}; false otherwise, never throws. */
        boolean verify(byte[] data, byte[] signature);
    }

    /** Short name for logs: {@code "corretto"}, {@code "conscrypt"} or {@code "tink"}. */
    String name();

    /**
     * A signer for the key pair derived from {@code seed}.
     *
     * @throws InvalidKeyException if {@code seed} is not 32 bytes or the backend refuses it
     */
    Signer signer(byte[] seed);

    /**
     * A verifier for a raw 32-byte public key.
     *
     * @throws InvalidKeyException if {@code publicKey} is not 32 bytes or the backend cannot decode it
     */
    Verifier verifier(byte[] publicKey);

    /** The fastest backend usable in this JVM, chosen on first use. */
    static Ed25519Backend fastest() {
        return Ed25519Choice.FASTEST;
    }

    /** The Amazon Corretto Crypto Provider (AWS-LC), or empty when its native library does not load here. */
    static Optional<Ed25519Backend> corretto() {
        return JcaEd25519.corretto();
    }

    /** Conscrypt (BoringSSL), or empty when its native library does not load here. */
    static Optional<Ed25519Backend> conscrypt() {
        return JcaEd25519.conscrypt();
    }

    /** The native backends whose library loads here, faster first: Corretto, then Conscrypt. */
    static List<Ed25519Backend> nativeBackends() {
        return Stream.of(corretto(), conscrypt()).flatMap(Optional::stream).toList();
    }

    /** Tink's pure-Java Ed25519. */
    static Ed25519Backend tink() {
        return TinkEd25519.INSTANCE;
    }
}
