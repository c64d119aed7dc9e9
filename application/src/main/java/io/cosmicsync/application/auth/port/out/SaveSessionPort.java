package io.cosmicsync.application.auth.port.out;

import io.cosmicsync.domain.auth.Session;

/** Writes sessions. A revocation must be visible to {@link LoadSessionPort} as soon as this returns. */
public interface SaveSessionPort {

    void insertSession(Session session);

    void updateSession(Session session);
}
