package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Change;
import java.util.List;

/**
 * Changes received from peers (gossip or anti-entropy), in any order, possibly repeated.
 *
 * @param changes the received changes
 */
public record ApplyRemoteChangesCommand(List<Change> changes) {

    public ApplyRemoteChangesCommand {
        changes = List.copyOf(changes);
    }
}
