package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.VersionVector;

/**
 * Drops the bodies of logged changes covered by {@code stable} (seen by every known replica). Their ids
 * stay known as applied, and heads stay heads, so causal delivery and duplicate detection still work.
 */
public interface PruneChangesPort {

    /** @return how many change bodies were dropped */
    int pruneChangesCoveredBy(VersionVector stable);
}
