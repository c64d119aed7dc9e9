package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ReadSyncStateUseCase;
import io.cosmicsync.application.sync.port.in.SyncState;
import io.cosmicsync.application.sync.port.out.LoadChangesPort;
import io.cosmicsync.application.sync.port.out.LoadSyncScopesPort;

/** Implements {@link ReadSyncStateUseCase} from the change log and the documents' scopes. */
public final class ReadSyncStateService implements ReadSyncStateUseCase {
    private final LoadChangesPort loadChanges;
    private final LoadSyncScopesPort loadScopes;

    public ReadSyncStateService(LoadChangesPort loadChanges, LoadSyncScopesPort loadScopes) {
        this.loadChanges = loadChanges;
        this.loadScopes = loadScopes;
    }

    @Override
    public SyncState readSyncState() {
        return new SyncState(loadChanges.versionVector(), loadScopes.loadScopes());
    }
}
