package io.cosmicsync.adapter.persistence.common;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
import java.util.function.Supplier;

/**
 * Runs one storage call and translates Micronaut Data's exceptions (statement, connection, transaction)
 * into {@link StorageException}.
 */
public final class StorageCalls {

    private StorageCalls() {
    }

    /** The result of {@code call}; a {@link StorageException} naming {@code action} when the store fails. */
    public static <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException | ConnectionException | TransactionException e) {
            throw new StorageException(action + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code call}; a {@link StorageException} naming {@code action} when the store fails. */
    public static void run(String action, Runnable call) {
        call(action, () -> {
            call.run();
            return null;
        });
    }
}
