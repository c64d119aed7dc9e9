package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.micronaut.context.annotation.Bean;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The {@link TransactionPort} of the sync use cases: a database transaction (the node's ordinary
 * {@link TransactionPort}, READ COMMITTED) that first takes the sync write lock, so sync writers run one
 * at a time.
 *
 * <p>Why: a sync use case reads the document, the heads and the version vector, then writes all three
 * back. Two such transactions interleaved would lose one document update, or leave heads that miss a
 * change. Serializing them makes every sync transaction see all earlier ones committed (each statement
 * of a READ COMMITTED transaction reads the newest committed data, and the lock is released only after
 * commit), and makes the log's {@code seq} the commit order.
 *
 * <p>How: a fair JVM lock first, so threads of this node queue without holding a pooled connection, then
 * {@code pg_advisory_xact_lock(}{@value #LOCK_KEY}{@code )}, which PostgreSQL releases at commit or
 * rollback, so several node processes on one database are serialized too. Nested calls join the outer
 * transaction and lock again (both locks are re-entrant). Cost: sync writes do not run in parallel; one
 * takes a few milliseconds.
 *
 * <p>Registered only under its own type, so the node's ordinary {@link TransactionPort} stays unique.
 */
@Singleton
@Bean(typed = SyncTransactionAdapter.class)
public final class SyncTransactionAdapter implements TransactionPort {

    /** The advisory lock key: the ASCII bytes of "CSsync01" as a bigint. */
    public static final long LOCK_KEY = 0x4353_7379_6e63_3031L;

    private final TransactionPort transactions;
    private final JdbcOperations jdbc;
    private final ReentrantLock localWriters = new ReentrantLock(true);

    SyncTransactionAdapter(TransactionPort transactions, JdbcOperations jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        localWriters.lock();
        try {
            return transactions.inTransaction(() -> {
                StorageCalls.run("taking the sync write lock", () -> JdbcStatements.withStatement(jdbc,
                        "SELECT pg_advisory_xact_lock(?)", lock -> {
                            lock.setLong(1, LOCK_KEY);
                            return lock.execute();
                        }));
                return work.get();
            });
        } finally {
            localWriters.unlock();
        }
    }
}
