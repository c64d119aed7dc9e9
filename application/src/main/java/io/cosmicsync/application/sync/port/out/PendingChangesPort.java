package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.Change;
import java.util.List;

/** Keeps the remote changes that wait for missing dependencies (the causal buffer) between calls. */
public interface PendingChangesPort {

    /** Waiting changes in arrival order. */
    List<Change> loadPending();

    /** Replaces the waiting changes. */
    void savePending(List<Change> waiting);
}
