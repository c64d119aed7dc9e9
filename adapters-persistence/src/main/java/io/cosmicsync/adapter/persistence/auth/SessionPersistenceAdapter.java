package io.cosmicsync.adapter.persistence.auth;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@link LoadSessionPort} and {@link SaveSessionPort} on the {@code sessions} table.
 *
 * <p>{@link #loadSession} goes through {@link SessionCache} (see there for the staleness bound across
 * nodes); the refresh-token lookup always reads the table. Every write invalidates the cached entry, so
 * a revocation is visible on this node once committed. Only the refresh-token hash, its expiry and the
 * revocation time change on update; updating a missing session, inserting an existing one and store
 * failures are {@link StorageException}s.
 */
@Singleton
public final class SessionPersistenceAdapter implements LoadSessionPort, SaveSessionPort {

    private final SessionRepository sessions;
    private final SessionCache cache;

    SessionPersistenceAdapter(SessionRepository sessions, SessionCache cache) {
        this.sessions = sessions;
        this.cache = cache;
    }

    @Override
    public Optional<Session> loadSession(SessionId id) {
        return cache.get(id, key -> StorageCalls.call("loading session " + key,
                () -> sessions.findById(key.value()).map(SessionMapper::toDomain)));
    }

    @Override
    public Optional<Session> loadSessionByRefreshTokenHash(String refreshTokenHash) {
        return StorageCalls.call("loading session by refresh token",
                () -> sessions.findByRefreshTokenHash(refreshTokenHash).map(SessionMapper::toDomain));
    }

    @Override
    public void insertSession(Session session) {
        cache.invalidate(session.id());
        StorageCalls.run("inserting session " + session.id(), () -> sessions.save(SessionMapper.toRow(session)));
    }

    @Override
    public void updateSession(Session session) {
        cache.invalidate(session.id());
        long updated = StorageCalls.call("updating session " + session.id(), () -> sessions.update(
                session.id().value(), session.refreshTokenHash(), session.refreshExpiresAt(), session.revokedAt()));
        if (updated != 1) {
            throw new StorageException("session " + session.id() + " was not updated: there is no such session");
        }
    }

    @Override
    public boolean rotateSession(Session rotated, String previousRefreshTokenHash) {
        cache.invalidate(rotated.id());
        return StorageCalls.call("rotating session " + rotated.id(), () -> sessions.rotate(rotated.id().value(),
                previousRefreshTokenHash, rotated.refreshTokenHash(), rotated.refreshExpiresAt())) == 1;
    }
}
