package io.cosmicsync.adapter.p2p.identity;

import io.cosmicsync.adapter.p2p.crypto.ConscryptProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@link Ed25519Backend} on BoringSSL through Conscrypt's JCA provider. The provider is the JVM's one
 * {@link ConscryptProvider}, never installed in {@code java.security.Security}. Keys are
 * immutable native handles shared by all threads; {@link Signature} objects are not thread-safe, so each thread
 * keeps one and initializes it with the key of each call (asking the provider for a new one per call costs little,
 * but put the JCA lookup into the code a restarted node compiles while it verifies a catch-up).
 */
final class ConscryptEd25519 implements Ed25519Backend {

    private static final String ALGORITHM = "Ed25519";
    /** RFC 8410: a raw public key as X.509 SubjectPublicKeyInfo, a seed as PKCS#8 PrivateKeyInfo. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final KeyFactory keys;
    private final ThreadLocal<Signature> engines;

    private ConscryptEd25519(Provider provider) throws GeneralSecurityException {
        this.keys = KeyFactory.getInstance(ALGORITHM, provider);
        Signature.getInstance(ALGORITHM, provider);
        this.engines = ThreadLocal.withInitial(() -> engine(provider));
    }

    private static Signature engine(Provider provider) {
        try {
            return Signature.getInstance(ALGORITHM, provider);
        } catch (GeneralSecurityException checkedAtConstruction) {
            throw new IllegalStateException("Conscrypt's Ed25519 is no longer available", checkedAtConstruction);
        }
    }

    /** The backend, or empty when Conscrypt's native library or its Ed25519 is not available. */
    static Optional<Ed25519Backend> load() {
        return Holder.INSTANCE;
    }

    /** Loads the native library once, on first use. */
    private static final class Holder {
        static final Optional<Ed25519Backend> INSTANCE = create();

        private static Optional<Ed25519Backend> create() {
            try {
                Optional<Provider> provider = ConscryptProvider.get();
                return provider.isEmpty() ? Optional.empty() : Optional.of(new ConscryptEd25519(provider.get()));
            } catch (GeneralSecurityException | RuntimeException | LinkageError unavailable) {
                return Optional.empty();
            }
        }
    }

    @Override
    public String name() {
        return "conscrypt";
    }

    @Override
    public Signer signer(byte[] seed) {
        PrivateKey key = Ed25519Keys.seed(seed, "Conscrypt", () -> privateKey(seed));
        return Ed25519Keys.signer(data -> {
            Signature signer = engines.get();
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        });
    }

    @Override
    public Verifier verifier(byte[] publicKey) {
        PublicKey key = Ed25519Keys.publicKey(publicKey, "Conscrypt", () -> publicKey(publicKey));
        return Ed25519Keys.verifier((data, signature) -> {
            Signature verifier = engines.get();
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        });
    }

    private PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
        synchronized (keys) {
            return keys.generatePublic(new X509EncodedKeySpec(der));
        }
    }

    private PrivateKey privateKey(byte[] seed) throws GeneralSecurityException {
        byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + seed.length);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, seed.length);
        try {
            synchronized (keys) {
                return keys.generatePrivate(new PKCS8EncodedKeySpec(der));
            }
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "Ed25519Backend[conscrypt]";
    }
}
