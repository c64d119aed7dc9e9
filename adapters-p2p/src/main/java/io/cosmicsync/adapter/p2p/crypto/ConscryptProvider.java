package io.cosmicsync.adapter.p2p.crypto;

import java.security.Provider;
import java.util.Optional;
import org.conscrypt.Conscrypt;

/**
 * The one Conscrypt (BoringSSL) JCA provider of this JVM, shared by the Noise transport cipher and Ed25519: an
 * instance of our own ({@code Conscrypt.newProvider()}), never installed in {@code java.security.Security}, so
 * other code in the process keeps the JDK's providers. Empty when Conscrypt has no native library for this OS
 * and CPU; callers then use the JDK's or Tink's implementation.
 */
public final class ConscryptProvider {

    private ConscryptProvider() {
    }

    /** The provider, created on first use; empty when the native library does not load here. */
    public static Optional<Provider> get() {
        return Holder.PROVIDER;
    }

    private static final class Holder {
        static final Optional<Provider> PROVIDER = load();

        private static Optional<Provider> load() {
            try {
                return Conscrypt.isAvailable() ? Optional.of(Conscrypt.newProvider()) : Optional.empty();
            } catch (RuntimeException | LinkageError unavailable) {
                return Optional.empty();
            }
        }
    }
}
