package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.VersionVector;
import java.util.Set;

/**
 * What this replica has: the version vector to send in anti-entropy and the scopes to follow live.
 *
 * @param versionVector for each author, the newest applied change's HLC
 * @param scopes        scopes this replica holds documents of
 */
public record SyncState(VersionVector versionVector, Set<String> scopes) {

    public SyncState {
        scopes = Set.copyOf(scopes);
    }
}
