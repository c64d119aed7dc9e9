package io.cosmicsync.adapter.p2p.identity;

import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import java.security.GeneralSecurityException;

/** {@link Ed25519Backend} on Tink's pure-Java Ed25519 ({@code Ed25519Sign}, {@code Ed25519Verify}, both thread-safe). */
final class TinkEd25519 implements Ed25519Backend {

    static final TinkEd25519 INSTANCE = new TinkEd25519();

    private TinkEd25519() {
    }

    @Override
    public String name() {
        return "tink";
    }

    @Override
    public Signer signer(byte[] seed) {
        Ed25519Sign sign = Ed25519Keys.seed(seed, "Tink", () -> new Ed25519Sign(seed));
        return Ed25519Keys.signer(sign::sign);
    }

    @Override
    public Verifier verifier(byte[] publicKey) {
        Ed25519Verify verify = Ed25519Keys.publicKey(publicKey, "Tink", () -> new Ed25519Verify(publicKey.clone()));
        return Ed25519Keys.verifier((data, signature) -> {
            verify.verify(signature, data);
            return true;
        });
    }

    /** The raw public key of {@code seed}. */
    static byte[] publicKeyOf(byte[] seed) {
        try {
            return Ed25519Sign.KeyPair.newKeyPairFromSeed(seed).getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new InvalidKeyException("not an Ed25519 seed", e);
        }
    }

    @Override
    public String toString() {
        return "Ed25519Backend[tink]";
    }
}
