package io.cosmicsync.application.sync.port.in;

/** Reads this replica's {@link SyncState}; no lock, no transaction. */
public interface ReadSyncStateUseCase {

    SyncState readSyncState();
}
