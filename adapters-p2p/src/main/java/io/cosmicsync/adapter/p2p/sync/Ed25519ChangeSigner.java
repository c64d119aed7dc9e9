package io.cosmicsync.adapter.p2p.sync;

import io.cosmicsync.adapter.p2p.identity.Ed25519Backend;
import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.identity.PeerId;
import io.cosmicsync.application.sync.port.out.SignChangePort;
import io.cosmicsync.application.sync.port.out.VerifyChangeSignaturePort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs and verifies changes with libp2p Ed25519 identities. The author of a change is a libp2p peer
 * id ({@code 12D3KooW...}, an identity multihash embedding the Ed25519 public key), so any node checks a
 * change's signature with no key exchange. The signed bytes are {@value #DOMAIN} followed by the 32-byte
 * change id (SHA-256 of the change's canonical encoding, so it covers every field); the prefix keeps a
 * change signature from ever being valid as another libp2p signature (compare the "libp2p-record:" and
 * "noise-libp2p-static-key:" prefixes in the libp2p specs). Signatures are 64 bytes (RFC 8032).
 *
 * <p>Signing and verification run on an {@link Ed25519Backend}: by default {@link Ed25519Backend#fastest()},
 * Conscrypt (BoringSSL, about 65 µs per verification) where its native library loads, Tink (about 320 µs)
 * elsewhere; both make and accept the same bytes. One verifier per author is kept in a bounded cache, and the
 * last 20,000 signatures that verified ({@link VerifiedSignatures}): a gossiped change checked by the topic validator
 * (so that an invalid one is not forwarded) is not checked again when the sync core, whose check is the gate, applies it.
 * {@link #signedByAuthor} checks a batch on all cores ({@link ParallelChecks}): a catch-up verifies
 * 100,000 changes. Thread-safe.
 */
public final class Ed25519ChangeSigner implements SignChangePort, VerifyChangeSignaturePort {

    /** Domain separation prefix of the signed bytes. */
    public static final String DOMAIN = "cosmicsync-change:";
    private static final byte[] DOMAIN_BYTES = DOMAIN.getBytes(StandardCharsets.US_ASCII);

    private static final int MAX_CACHED_AUTHORS = 10_000;
    /** Verified signatures remembered: far more than the gossip that can arrive between validation and apply. */
    private static final int MAX_REMEMBERED_SIGNATURES = 20_000;

    private final Ed25519Backend backend;
    private final Ed25519Backend.Signer signer;
    private final String author;
    private final ParallelChecks checks = ParallelChecks.shared();
    private final Map<String, Optional<Ed25519Backend.Verifier>> verifiers = new ConcurrentHashMap<>();
    private final VerifiedSignatures verified = new VerifiedSignatures(MAX_REMEMBERED_SIGNATURES);

    /** @param identity the node's identity key; it signs changes whose author is its peer id */
    public Ed25519ChangeSigner(Ed25519KeyPair identity) {
        this(identity, Ed25519Backend.fastest());
    }

    /**
     * @param identity the node's identity key; it signs changes whose author is its peer id
     * @param backend  the Ed25519 implementation that signs and verifies
     */
    public Ed25519ChangeSigner(Ed25519KeyPair identity, Ed25519Backend backend) {
        this.backend = backend;
        this.signer = identity.signer(backend);
        this.author = identity.peerId().toString();
    }

    /**
     * The 64-byte signature of {@code change}.
     *
     * @throws IllegalArgumentException if the change's author is not this node
     */
    @Override
    public byte[] sign(Change change) {
        if (!change.author().value().equals(author)) {
            throw new IllegalArgumentException("this node (" + author + ") cannot sign a change by " + change.author().value());
        }
        return signer.sign(signedBytes(change));
    }

    @Override
    public boolean isSignedByAuthor(Change change, byte[] signature) {
        if (signature == null || signature.length != Ed25519Backend.SIGNATURE_LENGTH) {
            return false;
        }
        if (verified.holds(change.id(), signature)) {
            return true;
        }
        Optional<Ed25519Backend.Verifier> verifier = verifierOf(change.author().value());
        boolean valid = verifier.isPresent() && verifier.get().verify(signedBytes(change), signature);
        if (valid) {
            verified.remember(change.id(), signature);
        }
        return valid;
    }

    /** Verifies the batch on all cores; the same answers as {@link #isSignedByAuthor} one by one. */
    @Override
    public Set<ChangeId> signedByAuthor(List<Change> changes, Map<ChangeId, byte[]> signatures) {
        boolean[] valid = checks.test(changes, c -> isSignedByAuthor(c, signatures.get(c.id())));
        Set<ChangeId> authentic = new HashSet<>();
        for (int i = 0; i < valid.length; i++) {
            if (valid[i]) {
                authentic.add(changes.get(i).id());
            }
        }
        return authentic;
    }

    private Optional<Ed25519Backend.Verifier> verifierOf(String author) {
        Optional<Ed25519Backend.Verifier> verifier = verifiers.get(author);
        if (verifier == null) {
            if (verifiers.size() >= MAX_CACHED_AUTHORS) {
                verifiers.clear();
            }
            verifier = newVerifier(author);
            verifiers.put(author, verifier);
        }
        return verifier;
    }

    private Optional<Ed25519Backend.Verifier> newVerifier(String author) {
        try {
            return PeerId.parse(author).publicKey().map(key -> backend.verifier(key.raw()));
        } catch (IllegalArgumentException notALibp2pPeerIdOrKey) {
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
