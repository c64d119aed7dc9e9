package io.cosmicsync.adapter.persistence.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cosmicsync.adapter.persistence.common.CacheInvalidation;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory cache of sessions by id, in front of the lookup done on every authenticated request.
 *
 * <p>Bounded by {@code cosmicsync.persistence.session-cache.maximum-size} entries (default 10,000);
 * an entry expires {@code cosmicsync.persistence.session-cache.expire-after-write} after it was loaded
 * (default 30 s). Only sessions that exist are cached.
 *
 * <p>Staleness: a write on this node invalidates the entry at once and again when the surrounding
 * transaction completes, so a revocation is visible here as soon as it is committed. Another node that
 * shares the database may keep serving its cached copy for up to the expire-after-write time: that is the
 * longest a session revoked on one node stays accepted by another.
 */
@Singleton
final class SessionCache {

    private final Cache<SessionId, Session> sessions;
    private final TransactionOperations<Connection> transactions;

    SessionCache(@Value("${cosmicsync.persistence.session-cache.maximum-size:10000}") long maximumSize,
                 @Value("${cosmicsync.persistence.session-cache.expire-after-write:30s}") Duration expireAfterWrite,
                 TransactionOperations<Connection> transactions) {
        this.sessions = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(expireAfterWrite).build();
        this.transactions = transactions;
    }

    /** The cached session, or what {@code load} finds (cached when present). */
    Optional<Session> get(SessionId id, Function<SessionId, Optional<Session>> load) {
        return Optional.ofNullable(sessions.get(id, key -> load.apply(key).orElse(null)));
    }

    /** Forgets {@code id} now and, inside a transaction, again once it commits or rolls back. */
    void invalidate(SessionId id) {
        CacheInvalidation.nowAndAfterTransaction(transactions, () -> sessions.invalidate(id));
    }
}
