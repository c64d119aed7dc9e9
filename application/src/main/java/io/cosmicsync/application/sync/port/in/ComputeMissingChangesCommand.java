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
 * @param afterSeq   where the page starts: 0 for the first page, then the previous answer's
 *                   {@link MissingChanges#nextAfterSeq()} (asked with the same vector)
 */
public record ComputeMissingChangesCommand(PeerId peer, VersionVector peerVector, int maxChanges, long afterSeq) {

    public ComputeMissingChangesCommand {
        if (peerVector == null || maxChanges < 1 || afterSeq < 0) {
            throw new IllegalArgumentException("needs a peer vector, maxChanges >= 1 and afterSeq >= 0");
        }
    }

    /** The first page for {@code peer}. */
    public ComputeMissingChangesCommand(PeerId peer, VersionVector peerVector, int maxChanges) {
        this(peer, peerVector, maxChanges, 0);
    }

    /** An anonymous asker: its vector is not recorded, so compaction does not wait for it. */
    public ComputeMissingChangesCommand(VersionVector peerVector, int maxChanges) {
        this(null, peerVector, maxChanges, 0);
    }
}
