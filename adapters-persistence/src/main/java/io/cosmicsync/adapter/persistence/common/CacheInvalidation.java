package io.cosmicsync.adapter.persistence.common;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.sql.Connection;

/**
 * Forgetting a cached row when it is written: at once, and — inside a transaction — again when that
 * transaction commits or rolls back, so a reader that reloaded the old row while the write was uncommitted
 * cannot leave it cached.
 */
public final class CacheInvalidation {

    private CacheInvalidation() {
    }

    /** Runs {@code forget} now and, when {@code transactions} has one in progress, again once it completes. */
    public static void nowAndAfterTransaction(TransactionOperations<Connection> transactions, Runnable forget) {
        forget.run();
        transactions.findTransactionStatus().ifPresent(status ->
                status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        forget.run();
                    }
                }));
    }
}
