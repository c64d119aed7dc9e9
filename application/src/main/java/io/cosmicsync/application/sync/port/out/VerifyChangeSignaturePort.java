package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a change was signed by its author: the author peer id names (or embeds) the public key.
 * Never throws for bad input: an unparsable author or a malformed signature is simply not valid.
 */
@FunctionalInterface
public interface VerifyChangeSignaturePort {

    /** Whether {@code signature} (null: none) over {@code change} was made by {@code change.author()}. */
    boolean isSignedByAuthor(Change change, byte[] signature);

    /**
     * Checks a whole batch: the ids of those {@code changes} whose signature in {@code signatures} was made
     * by their author. A change without a signature, or with one that does not verify, is absent; for each
     * change the answer is {@link #isSignedByAuthor}'s. Adapters may check the changes in parallel (a batch
     * holds up to about 1,000); this default checks them one after the other. Never throws for bad input.
     *
     * @param changes    received changes, in any order, possibly repeated
     * @param signatures by change id, as received
     * @return the ids of the authentic changes
     */
    default Set<ChangeId> signedByAuthor(List<Change> changes, Map<ChangeId, byte[]> signatures) {
        Set<ChangeId> authentic = new HashSet<>();
        for (Change change : changes) {
            byte[] signature = signatures.get(change.id());
            if (signature != null && isSignedByAuthor(change, signature)) {
                authentic.add(change.id());
            }
        }
        return authentic;
    }
}
