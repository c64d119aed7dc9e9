package io.cosmicsync.application.auth.service;

import io.cosmicsync.application.auth.port.in.CheckSessionUseCase;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;

/** A session stands while it exists and is not revoked. */
public final class CheckSessionService implements CheckSessionUseCase {

    private final LoadSessionPort loadSession;

    public CheckSessionService(LoadSessionPort loadSession) {
        this.loadSession = loadSession;
    }

    @Override
    public boolean isActive(SessionId sessionId) {
        return loadSession.loadSession(sessionId).map(session -> !session.isRevoked()).orElse(false);
    }
}
