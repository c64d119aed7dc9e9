package io.cosmicsync.application.sync.port.in;

/**
 * Applies changes from peers exactly once and in causal order: timestamps too far in the future are
 * refused, duplicates are ignored, changes with missing dependencies wait until those arrive. All of
 * one call runs in one transaction. A change whose operations contradict its own dependencies (a text
 * insert after a character its history lacks) is corrupt: the domain exception propagates and the
 * transaction rolls back.
 */
public interface ApplyRemoteChangesUseCase {

    RemoteChangesResult applyRemoteChanges(ApplyRemoteChangesCommand command);
}
