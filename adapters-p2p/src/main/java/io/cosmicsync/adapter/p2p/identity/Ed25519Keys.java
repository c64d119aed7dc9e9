package io.cosmicsync.adapter.p2p.identity;

/** The length checks every {@link Ed25519Backend} makes before its own key decoding (RFC 8032, 5.1.5 and 5.1.6). */
final class Ed25519Keys {

    private Ed25519Keys() {
    }

    /** @throws InvalidKeyException unless {@code seed} has {@value Ed25519Backend#SEED_LENGTH} bytes */
    static void requireSeed(byte[] seed) {
        if (seed.length != Ed25519Backend.SEED_LENGTH) {
            throw new InvalidKeyException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
    }

    /** @throws InvalidKeyException unless {@code publicKey} has {@value Ed25519PublicKey#LENGTH} bytes */
    static void requirePublicKey(byte[] publicKey) {
        if (publicKey.length != Ed25519PublicKey.LENGTH) {
            throw new InvalidKeyException("an Ed25519 public key is 32 bytes, got " + publicKey.length);
        }
    }

    /** False when there is nothing to verify: no data, or a signature that is not 64 bytes. */
    static boolean isWellFormed(byte[] data, byte[] signature) {
        return data != null && signature != null && signature.length == Ed25519Backend.SIGNATURE_LENGTH;
    }
}
