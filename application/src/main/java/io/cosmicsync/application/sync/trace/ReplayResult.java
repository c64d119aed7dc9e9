package io.cosmicsync.application.sync.trace;

import java.util.List;

/**
 * The outcome of replaying an {@link EditingTrace}.
 *
 * @param replicas the final replicas, one per agent (one for a sequential trace)
 * @param matches  whether every replica's content equals the trace's end content
 * @param <R>      the replica type of the {@link TraceTarget}
 */
public record ReplayResult<R>(List<R> replicas, boolean matches) {

    public ReplayResult {
        replicas = List.copyOf(replicas);
    }
}
