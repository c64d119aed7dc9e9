package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;

/**
 * A peer's version vector, from anti-entropy, asking what it lacks.
 *
 * @param peer       the asking replica, whose vector is remembered for compaction; null for an asker
 *                   that is not a replica to wait for (a one-off reader): its vector is not recorded
 * @param peerVector what the peer has seen
 * @param maxChanges most changes to return in one answer (paging), at least 1
 */
public record ComputeMissingChangesCommand(PeerId peer, VersionVector peerVector, int maxChanges) {

    public ComputeMissingChangesCommand {
        if (peerVector == null || maxChanges < 1) {
            throw new IllegalArgumentException("needs a peer vector and maxChanges >= 1");
        }
    }

    /** An anonymous asker: its vector is not recorded, so compaction does not wait for it. */
    public ComputeMissingChangesCommand(VersionVector peerVector, int maxChanges) {
        this(null, peerVector, maxChanges);
    }
}
