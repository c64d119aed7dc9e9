package io.cosmicsync.application.auth.service;

import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.auth.SessionSettings;
import io.cosmicsync.application.auth.port.in.RefreshSessionUseCase;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.auth.RefreshToken;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.common.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Renews a session and rotates its refresh token, in one transaction. */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private static final String REFUSAL = "refresh token is unknown, already used, expired or revoked; log in again";

    private final LoadSessionPort loadSession;
    private final SaveSessionPort saveSession;
    private final TransactionPort transactions;
    private final SessionSettings settings;
    private final Clock clock;

    public RefreshSessionService(LoadSessionPort loadSession, SaveSessionPort saveSession,
                                 TransactionPort transactions, SessionSettings settings, Clock clock) {
        this.loadSession = loadSession;
        this.saveSession = saveSession;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<IssuedSession> refreshSession(String refreshToken) {
        RefreshToken presented;
        try {
            presented = new RefreshToken(refreshToken);
        } catch (InvalidValueException e) {
            return Outcome.unauthenticated(REFUSAL);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> loadSession.loadSessionByRefreshTokenHash(presented.hash())
                .filter(session -> session.acceptsRefresh(presented, now))
                .flatMap(session -> {
                    RefreshToken next = RefreshToken.generate();
                    Session rotated = session.rotate(next, now, settings.refreshLifetime());
                    return saveSession.rotateSession(rotated, session.refreshTokenHash())
                            ? Optional.of(Outcome.success(new IssuedSession(rotated, next)))
                            : Optional.<Outcome<IssuedSession>>empty();
                })
                .orElseGet(() -> Outcome.unauthenticated(REFUSAL)));
    }
}
