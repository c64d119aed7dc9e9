package io.cosmicsync.adapter.p2p.crypto;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Optional;

/**
 * The Amazon Corretto Crypto Provider (AWS-LC through JCA) of this JVM, used for Ed25519: its one instance, never
 * installed in {@code java.security.Security}, so other code in the process keeps the JDK's providers. Empty when
 * its native library does not load here (the dependency carries the one for Linux on x86-64); callers then use
 * Conscrypt's or Tink's implementation.
 */
public final class CorrettoProvider {

    private CorrettoProvider() {
    }

    /** The provider, loaded on first use; empty when its native library does not load here. */
    public static Optional<Provider> get() {
        return Holder.PROVIDER;
    }

    private static final class Holder {
        static final Optional<Provider> PROVIDER = load();

        private static Optional<Provider> load() {
            try {
                AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
                return provider.getLoadingError() == null ? Optional.of(provider) : Optional.empty();
            } catch (RuntimeException | LinkageError unavailable) {
                return Optional.empty();
            }
        }
    }
}
