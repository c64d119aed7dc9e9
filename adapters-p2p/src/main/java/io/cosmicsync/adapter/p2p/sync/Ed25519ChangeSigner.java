package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.application.sync.port.out.SignChangePort;
import io.cosmicsync.application.sync.port.out.VerifyChangeSignaturePort;
import io.cosmicsync.domain.sync.Change;
import com.google.crypto.tink.subtle.Ed25519Verify;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Signs and verifies changes with libp2p Ed25519 identities. The author of a change is a libp2p peer
 * id ({@code 12D3KooW...}, an identity multihash embedding the Ed25519 public key), so any node checks a
 * change's signature with no key exchange. The signed bytes are {@value #DOMAIN} followed by the 32-byte
 * change id (SHA-256 of the change's canonical encoding, so it covers every field); the prefix keeps a
 * change signature from ever being valid as another libp2p signature (compare the "libp2p-record:" and
 * "noise-libp2p-static-key:" prefixes in the libp2p specs). Signatures are 64 bytes (RFC 8032).
 *
 * <p>Verification uses Tink's Ed25519 ({@code Ed25519Verify}, ~2-3x faster than the JDK 17 provider measured
 * here, which matters when a catch-up verifies 100,000 changes), with one verifier per author kept in a
 * bounded cache.
 */
public final class Ed25519ChangeSigner implements SignChangePort, VerifyChangeSignaturePort {

    /** Domain separation prefix of the signed bytes. */
    public static final String DOMAIN = "cosmicsync-change:";
    private static final byte[] DOMAIN_BYTES = DOMAIN.getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNATURE_LENGTH = 64;

    private static final int MAX_CACHED_AUTHORS = 10_000;

    private final Ed25519KeyPair identity;
    private final String author;
    private final Map<String, Optional<Ed25519Verify>> verifiers = new ConcurrentHashMap<>();

    /** @param identity the node's identity key; it signs changes whose author is its peer id */
    public Ed25519ChangeSigner(Ed25519KeyPair identity) {
        this.identity = identity;
        this.author = identity.peerId().toString();
    }

    @Override
    public byte[] sign(Change change) {
        if (!change.author().value().equals(author)) {
            throw new IllegalArgumentException("this node (" + author + ") cannot sign a change by " + change.author().value());
        }
        return identity.sign(signedBytes(change));
    }

    @Override
    public boolean isSignedByAuthor(Change change, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        Optional<Ed25519Verify> verifier = verifiers.get(change.author().value());
        if (verifier == null) {
            if (verifiers.size() >= MAX_CACHED_AUTHORS) {
                verifiers.clear();
            }
            verifier = verifierOf(change.author().value());
            verifiers.put(change.author().value(), verifier);
        }
        if (verifier.isEmpty()) {
            return false;
        }
        try {
            verifier.get().verify(signature, signedBytes(change));
            return true;
        } catch (GeneralSecurityException invalid) {
            return false;
        }
    }

    private static Optional<Ed25519Verify> verifierOf(String author) {
        try {
            return PeerId.parse(author).publicKey().map(key -> new Ed25519Verify(key.raw()));
        } catch (IllegalArgumentException notALibp2pPeerId) {
            return Optional.empty();
        }
    }

    private static byte[] signedBytes(Change change) {
        byte[] id = change.id().bytes();
        byte[] out = new byte[DOMAIN_BYTES.length + id.length];
        System.arraycopy(DOMAIN_BYTES, 0, out, 0, DOMAIN_BYTES.length);
        System.arraycopy(id, 0, out, DOMAIN_BYTES.length, id.length);
        return out;
    }
}
