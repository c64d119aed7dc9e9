package io.cosmicsync.application.auth.service;

import io.cosmicsync.application.auth.port.in.LogoutUseCase;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.auth.SessionId;
import java.time.Clock;

/** Revokes a session. */
public final class LogoutService implements LogoutUseCase {

    private final LoadSessionPort loadSession;
    private final SaveSessionPort saveSession;
    private final TransactionPort transactions;
    private final Clock clock;

    public LogoutService(LoadSessionPort loadSession, SaveSessionPort saveSession,
                         TransactionPort transactions, Clock clock) {
        this.loadSession = loadSession;
        this.saveSession = saveSession;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logout(SessionId sessionId) {
        transactions.inTransaction(() -> {
            loadSession.loadSession(sessionId)
                    .filter(session -> !session.isRevoked())
                    .ifPresent(session -> saveSession.updateSession(session.revoke(clock.instant())));
            return null;
        });
    }
}
