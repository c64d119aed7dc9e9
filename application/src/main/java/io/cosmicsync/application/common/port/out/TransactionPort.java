package io.cosmicsync.application.common.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of its writes commit together or none do.
 *
 * <p>The transaction commits when {@code work} returns and rolls back when it throws; nested calls
 * join the outer transaction.
 */
public interface TransactionPort {

    /** Runs {@code work} in a transaction and returns its result. */
    <T> T inTransaction(Supplier<T> work);
}
