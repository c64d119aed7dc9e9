package io.cosmicsync.application.sync.port.in;

/**
 * Applies changes from peers exactly once and in causal order: timestamps too far in the future are
 * refused, duplicates are ignored, changes with missing dependencies wait until those arrive.
 */
public interface ApplyRemoteChangesUseCase {

    RemoteChangesResult applyRemoteChanges(ApplyRemoteChangesCommand command);
}
