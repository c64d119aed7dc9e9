package io.cosmicsync.adapter.persistence.node;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.node.port.out.LoadNodeIdPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * {@link LoadNodeIdPort} on the single-row table {@code node_identity}.
 *
 * <p>The first call stores a random UUID unless a row exists ({@code ON CONFLICT DO NOTHING}, so
 * concurrent first calls, also from other processes, agree) and reads back the stored one, in a
 * transaction of its own so a caller's rollback cannot undo it. The id is then kept in memory.
 */
@Singleton
public final class NodeIdPersistenceAdapter implements LoadNodeIdPort {

    private static final String INSERT = "INSERT INTO node_identity (node_id) VALUES (?) ON CONFLICT DO NOTHING";
    private static final String SELECT = "SELECT node_id FROM node_identity";
    private static final TransactionDefinition OWN_TRANSACTION =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private volatile String nodeId;

    NodeIdPersistenceAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String loadNodeId() {
        String id = nodeId;
        if (id == null) {
            synchronized (this) {
                if (nodeId == null) {
                    nodeId = StorageCalls.call("loading the node id", this::readOrCreate);
                }
                id = nodeId;
            }
        }
        return id;
    }

    private String readOrCreate() {
        return transactions.execute(OWN_TRANSACTION, status -> {
            JdbcStatements.withStatement(jdbc, INSERT, insert -> {
                insert.setObject(1, UUID.randomUUID());
                return insert.executeUpdate();
            });
            return JdbcStatements.withStatement(jdbc, SELECT, select -> {
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getObject("node_id", UUID.class).toString();
                }
            });
        });
    }
}
