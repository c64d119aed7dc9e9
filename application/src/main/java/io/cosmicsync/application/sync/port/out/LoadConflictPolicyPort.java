package io.cosmicsync.application.sync.port.out;

import io.cosmicsync.domain.sync.ConflictPolicy;

/**
 * The conflict policy (resolver per field) of a collection in a scope, as configured by the app.
 * Must answer the same on every replica of the scope; {@link ConflictPolicy#lastWriterWins()} when
 * nothing is configured.
 */
public interface LoadConflictPolicyPort {

    ConflictPolicy loadConflictPolicy(String scope, String collection);
}
