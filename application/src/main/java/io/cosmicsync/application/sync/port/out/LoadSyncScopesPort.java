package io.cosmicsync.application.sync.port.out;

import java.util.Set;

/** The sync scopes (project ids, ...) this replica holds documents of. */
public interface LoadSyncScopesPort {

    Set<String> loadScopes();
}
