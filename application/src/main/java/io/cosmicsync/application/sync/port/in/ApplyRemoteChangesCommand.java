package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeId;
import java.util.List;
import java.util.Map;

/**
 * Changes received from peers (gossip or anti-entropy), in any order, possibly repeated, with their
 * authors' signatures. A change without a valid signature by its author is rejected, never applied.
 *
 * @param changes    the received changes
 * @param signatures by change id, each author's signature over the change (as the peer sent it)
 */
public record ApplyRemoteChangesCommand(List<Change> changes, Map<ChangeId, byte[]> signatures) {

    public ApplyRemoteChangesCommand {
        changes = List.copyOf(changes);
        signatures = Map.copyOf(signatures);
    }
}
