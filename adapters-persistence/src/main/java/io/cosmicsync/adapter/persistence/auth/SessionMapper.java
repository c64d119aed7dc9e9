package io.cosmicsync.adapter.persistence.auth;

import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.user.UserId;

/** Converts between {@link Session} and {@link SessionRow}, field for field. */
final class SessionMapper {

    private SessionMapper() {
    }

    static Session toDomain(SessionRow row) {
        return new Session(new SessionId(row.id()), new UserId(row.userId()), row.refreshTokenHash(),
                row.createdAt(), row.refreshExpiresAt(), row.revokedAt());
    }

    static SessionRow toRow(Session session) {
        return new SessionRow(session.id().value(), session.userId().value(), session.refreshTokenHash(),
                session.createdAt(), session.refreshExpiresAt(), session.revokedAt());
    }
}
