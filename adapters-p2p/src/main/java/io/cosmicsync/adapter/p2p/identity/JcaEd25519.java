package io.cosmicsync.adapter.p2p.identity;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
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
import java.util.function.Supplier;

/**
 * {@link Ed25519Backend} on a native library through its JCA provider: AWS-LC through the Amazon Corretto Crypto
 * Provider ({@link #corretto()}) or BoringSSL through Conscrypt ({@link #conscrypt()}). Each provider is the JVM's one
 * instance ({@code AmazonCorrettoCryptoProvider.INSTANCE}, {@link ConscryptProvider}), never installed in
 * {@code java.security.Security}, so other code in the process keeps the JDK's providers.
 * Keys are immutable and shared by all threads; {@link Signature} objects are not thread-safe, so each thread keeps
 * one and initializes it with the key of each call (asking the provider for a new one per call costs little, but puts
 * the JCA lookup into the code a restarted node compiles while it verifies a catch-up).
 */
final class JcaEd25519 implements Ed25519Backend {

    private static final String ALGORITHM = "Ed25519";
    /** RFC 8410: a raw public key as X.509 SubjectPublicKeyInfo, a seed as PKCS#8 PrivateKeyInfo. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final String name;
    private final KeyFactory keys;
    private final ThreadLocal<Signature> engines;

    /**
     * @param keys makes the key objects {@code provider}'s signatures accept (the Corretto provider has no Ed25519
     *             key factory and takes the JDK's keys)
     */
    private JcaEd25519(String name, Provider provider, KeyFactory keys) throws GeneralSecurityException {
        this.name = name;
        this.keys = keys;
        Signature.getInstance(ALGORITHM, provider);
        this.engines = ThreadLocal.withInitial(() -> engine(name, provider));
    }

    private static Signature engine(String name, Provider provider) {
        try {
            return Signature.getInstance(ALGORITHM, provider);
        } catch (GeneralSecurityException checkedAtConstruction) {
            throw new IllegalStateException(name + "'s Ed25519 is no longer available", checkedAtConstruction);
        }
    }

    /** AWS-LC's Ed25519, or empty when the Corretto provider's native library or its Ed25519 is not available. */
    static Optional<Ed25519Backend> corretto() {
        return CorrettoHolder.INSTANCE;
    }

    /** BoringSSL's Ed25519, or empty when Conscrypt's native library or its Ed25519 is not available. */
    static Optional<Ed25519Backend> conscrypt() {
        return ConscryptHolder.INSTANCE;
    }

    /** Loads the Corretto provider's native library once, on first use. */
    private static final class CorrettoHolder {
        static final Optional<Ed25519Backend> INSTANCE =
                create("corretto", CorrettoHolder::provider, provider -> KeyFactory.getInstance(ALGORITHM));

        /** The provider, or empty when its native library (the node carries Linux x86-64's) does not load here. */
        private static Optional<Provider> provider() {
            AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            return provider.getLoadingError() == null ? Optional.of(provider) : Optional.empty();
        }
    }

    /** Loads Conscrypt's native library once, on first use. */
    private static final class ConscryptHolder {
        static final Optional<Ed25519Backend> INSTANCE =
                create("conscrypt", ConscryptProvider::get, provider -> KeyFactory.getInstance(ALGORITHM, provider));
    }

    /** The key factory whose keys a provider's signatures accept. */
    @FunctionalInterface
    private interface KeyFactoryFor {
        KeyFactory keysFor(Provider provider) throws GeneralSecurityException;
    }

    /** The backend on {@code provider}, or empty when the provider or its Ed25519 does not load here. */
    private static Optional<Ed25519Backend> create(String name, Supplier<Optional<Provider>> provider, KeyFactoryFor keys) {
        try {
            Optional<Provider> loaded = provider.get();
            return loaded.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new JcaEd25519(name, loaded.get(), keys.keysFor(loaded.get())));
        } catch (GeneralSecurityException | RuntimeException | LinkageError unavailable) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Signer signer(byte[] seed) {
        PrivateKey key = Ed25519Keys.seed(seed, name, () -> privateKey(seed));
        return Ed25519Keys.signer(data -> {
            Signature signer = engines.get();
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        });
    }

    @Override
    public Verifier verifier(byte[] publicKey) {
        PublicKey key = Ed25519Keys.publicKey(publicKey, name, () -> publicKey(publicKey));
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
        return "Ed25519Backend[" + name + "]";
    }
}
