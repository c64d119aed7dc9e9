package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.VersionVector;

/**
 * A peer's version vector, from anti-entropy, asking what it lacks.
 *
 * @param peerVector what the peer has seen
 * @param maxChanges most changes to return in one answer (paging), at least 1
 */
public record ComputeMissingChangesCommand(VersionVector peerVector, int maxChanges) {

    public ComputeMissingChangesCommand {
        if (peerVector == null || maxChanges < 1) {
            throw new IllegalArgumentException("needs a peer vector and maxChanges >= 1");
        }
    }
}
