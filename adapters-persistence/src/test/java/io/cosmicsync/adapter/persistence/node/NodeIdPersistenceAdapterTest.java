package io.cosmicsync.adapter.persistence.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.node.port.out.LoadNodeIdPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class NodeIdPersistenceAdapterTest extends PostgresTest {

    @Inject
    LoadNodeIdPort loadNodeId;
    @Inject
    JdbcOperations jdbcOperations;
    @Inject
    TransactionOperations<Connection> transactionOperations;
    @Inject
    TransactionPort transactions;

    @Test
    void the_node_id_is_a_uuid_and_stays_the_same_across_calls() {
        String first = loadNodeId.loadNodeId();

        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(loadNodeId.loadNodeId()).isEqualTo(first);
    }

    @Test
    void a_fresh_adapter_reads_the_stored_id_instead_of_making_a_new_one() {
        String stored = new NodeIdPersistenceAdapter(jdbcOperations, transactionOperations).loadNodeId();

        NodeIdPersistenceAdapter restarted = new NodeIdPersistenceAdapter(jdbcOperations, transactionOperations);

        assertThat(restarted.loadNodeId()).isEqualTo(stored);
    }

    @Test
    void a_caller_rolling_back_does_not_undo_the_first_creation() {
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM node_identity");
            }
        });
        NodeIdPersistenceAdapter fresh = new NodeIdPersistenceAdapter(jdbcOperations, transactionOperations);

        String created;
        try {
            created = transactions.inTransaction(() -> {
                fresh.loadNodeId();
                throw new IllegalStateException("caller fails");
            });
        } catch (IllegalStateException expected) {
            created = fresh.loadNodeId();
        }

        NodeIdPersistenceAdapter restarted = new NodeIdPersistenceAdapter(jdbcOperations, transactionOperations);
        assertThat(restarted.loadNodeId()).isEqualTo(created);
    }
}
