package io.cosmicsync.application.sync.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: all of its port calls commit together or none do (a database transaction
 * in the persistence adapter). An exception thrown by {@code work} rolls back and propagates.
 */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);
}
