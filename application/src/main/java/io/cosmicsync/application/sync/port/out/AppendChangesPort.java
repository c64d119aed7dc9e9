package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;

/**
 * Appends applied changes to the append-only change log, in the order given (a causal order), each with its author's
 * signature, so the log can serve them to peers as they were signed. The log then reports them as applied, raises its
 * version vector and updates its heads (the applied changes no other applied change depends on). A change that waited
 * in the causal buffer stops being parked: its signature is held by the log from then on
 * ({@link ChangeSignaturesPort}).
 */
public interface AppendChangesPort {

    /**
     * Logs {@code changes} with their signatures, all or none.
     *
     * @param changes    changes not logged yet, in a causal order
     * @param signatures the author signature of every change in {@code changes}, by change id (64-byte Ed25519 for
     *                   libp2p peer ids; at most 1024 bytes); entries for other ids are ignored
     * @throws IllegalArgumentException when a change has no signature in {@code signatures}, naming it, before anything
     *                                  is written
     * @throws IllegalStateException    when a change is logged already (or twice in {@code changes}): none of the batch
     *                                  is logged, and the caller's transaction is to be rolled back
     */
    void appendChanges(List<Change> changes, Map<ChangeId, byte[]> signatures);
}
