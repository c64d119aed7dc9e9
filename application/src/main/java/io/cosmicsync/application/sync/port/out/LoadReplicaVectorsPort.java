package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import java.util.Map;

/**
 * The last version vector each known replica of this node's scopes reported (during anti-entropy).
 * Compaction only prunes what all of them have seen.
 */
public interface LoadReplicaVectorsPort {

    Map<PeerId, VersionVector> loadReplicaVectors();
}
