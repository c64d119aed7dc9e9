package io.cosmicsync.application.project.access.port.in;

import io.cosmicsync.application.project.access.AccessDecision;

/**
 * Asks the project access policy directly, for adapters that admit a caller to something that is not a
 * use case of its own: a GraphQL subscription or WebSocket feed checks {@code SUBSCRIBE} before it opens.
 * Never throws for a refusal; the decision says why.
 */
public interface CheckProjectAccessUseCase {

    AccessDecision checkAccess(CheckProjectAccessQuery query);
}
