package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Change;
import java.util.List;

/**
 * The changes a peer lacks, in causal order.
 *
 * @param changes    at most the requested number
 * @param more       whether more remain (ask again with the vector raised by these)
 * @param incomplete whether compaction pruned changes the peer lacks: it needs a snapshot instead
 */
public record MissingChanges(List<Change> changes, boolean more, boolean incomplete) {

    public MissingChanges {
        changes = List.copyOf(changes);
    }
}
