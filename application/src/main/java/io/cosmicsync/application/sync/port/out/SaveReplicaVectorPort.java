package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;

/**
 * Records the version vector a replica reported (during anti-entropy, when it asks what it lacks), so
 * that compaction can compute what every known replica has seen ({@link LoadReplicaVectorsPort}).
 * The newest report replaces the previous one, also when it is lower (a replica that lost data must
 * not be counted as having seen what it no longer has).
 */
public interface SaveReplicaVectorPort {

    void saveReplicaVector(PeerId replica, VersionVector seen);
}
