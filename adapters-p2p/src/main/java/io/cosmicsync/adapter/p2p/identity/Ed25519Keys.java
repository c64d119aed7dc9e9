package io.cosmicsync.adapter.p2p.identity;

import java.security.GeneralSecurityException;

/**
 * What every {@link Ed25519Backend} does around its own library calls: the length checks (RFC 8032, 5.1.5 and
 * 5.1.6), turning a refused key into {@link InvalidKeyException}, a failed signing into
 * {@link IllegalStateException}, and anything a verification throws into {@code false}.
 */
final class Ed25519Keys {

    /** A library call that may throw the JCA's checked exception. */
    @FunctionalInterface
    interface SecurityCall<T> {
        T call() throws GeneralSecurityException;
    }

    /** A library's signing of {@code data}. */
    @FunctionalInterface
    interface RawSigner {
        byte[] sign(byte[] data) throws GeneralSecurityException;
    }

    /** A library's verification; may return false or throw for an invalid signature. */
    @FunctionalInterface
    interface RawVerifier {
        boolean verify(byte[] data, byte[] signature) throws GeneralSecurityException;
    }

    private Ed25519Keys() {
    }

    /**
     * The private key {@code decode} makes of a 32-byte seed.
     *
     * @throws InvalidKeyException unless {@code seed} has {@value Ed25519Backend#SEED_LENGTH} bytes and {@code backend} accepts it
     */
    static <K> K seed(byte[] seed, String backend, SecurityCall<K> decode) {
        if (seed.length != Ed25519Backend.SEED_LENGTH) {
            throw new InvalidKeyException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
        return decoded(backend, "seed", decode);
    }

    /**
     * The public key {@code decode} makes of 32 raw bytes.
     *
     * @throws InvalidKeyException unless {@code publicKey} has {@value Ed25519PublicKey#LENGTH} bytes and {@code backend} accepts it
     */
    static <K> K publicKey(byte[] publicKey, String backend, SecurityCall<K> decode) {
        if (publicKey.length != Ed25519PublicKey.LENGTH) {
            throw new InvalidKeyException("an Ed25519 public key is 32 bytes, got " + publicKey.length);
        }
        return decoded(backend, "public key", decode);
    }

    /** A {@link Ed25519Backend.Signer} over {@code sign}; a library failure is an {@link IllegalStateException}. */
    static Ed25519Backend.Signer signer(RawSigner sign) {
        return data -> {
            try {
                return sign.sign(data);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        };
    }

    /** A {@link Ed25519Backend.Verifier} over {@code verify}: false for no data, a signature not 64 bytes, or any failure. */
    static Ed25519Backend.Verifier verifier(RawVerifier verify) {
        return (data, signature) -> {
            if (data == null || signature == null || signature.length != Ed25519Backend.SIGNATURE_LENGTH) {
                return false;
            }
            try {
                return verify.verify(data, signature);
            } catch (GeneralSecurityException | RuntimeException invalid) {
                return false;
            }
        };
    }

    private static <K> K decoded(String backend, String what, SecurityCall<K> decode) {
        try {
            return decode.call();
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException(backend + " refused the Ed25519 " + what, e);
        }
    }
}
