package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Signing for tests: a "signature" is SHA-256 over the author and change id, so any replica can make
 * and check one. Not secure: real nodes use the p2p adapter's Ed25519. Signatures are kept by the store
 * ({@link ChangeSignaturesPort}).
 */
public final class FakeChangeSignatures implements SignChangePort, VerifyChangeSignaturePort {

    /** The signature this fake makes and accepts for {@code change}. */
    public static byte[] signatureOf(Change change) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest((change.author().value() + "|" + change.id().hex()).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signatures of {@code changes} by id, as a peer would send them. */
    public static Map<ChangeId, byte[]> signaturesOf(Collection<Change> changes) {
        Map<ChangeId, byte[]> result = new HashMap<>();
        changes.forEach(c -> result.put(c.id(), signatureOf(c)));
        return result;
    }

    @Override
    public byte[] sign(Change change) {
        return signatureOf(change);
    }

    @Override
    public boolean isSignedByAuthor(Change change, byte[] signature) {
        return Arrays.equals(signatureOf(change), signature);
    }
}
