package io.cosmicsync.adapter.persistence.common;

import io.cosmicsync.application.common.port.out.TransactionPort;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link TransactionPort} on Micronaut Data's JDBC transaction manager for the default data source.
 *
 * <p>Propagation is REQUIRED: a nested call joins the outer transaction. The transaction commits when
 * {@code work} returns and rolls back when it throws; the exception {@code work} threw reaches the caller
 * unchanged. A failure of the transaction itself (no connection, begin, commit) becomes a {@link StorageException}.
 */
@Singleton
public final class JdbcTransactionAdapter implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactionAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
        } catch (TransactionException | ConnectionException e) {
            throw new StorageException("transaction failed: " + e.getMessage(), e);
        }
    }
}
