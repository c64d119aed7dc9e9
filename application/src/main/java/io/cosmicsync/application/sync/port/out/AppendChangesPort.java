package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import java.util.List;

/**
 * Appends applied changes to the append-only change log, in the order given (a causal order). The
 * log then reports them as applied, raises its version vector and updates its heads (the applied
 * changes no other applied change depends on).
 */
public interface AppendChangesPort {

    void appendChanges(List<Change> changes);
}
