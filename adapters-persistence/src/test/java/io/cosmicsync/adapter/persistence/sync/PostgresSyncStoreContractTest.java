package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.sync.port.out.SyncStoreContract;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL adapters meet the same port contract as the reference in-memory fake. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSyncStoreContractTest extends SyncStoreContract implements TestPropertyProvider {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionPort transactions;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.databaseProperties();
    }

    @Override
    protected Ports emptyStore() {
        SyncTables.truncate(jdbc);
        ConflictPolicyRegistry policies = new ConflictPolicyRegistry();
        DocumentPersistenceAdapter documents = new DocumentPersistenceAdapter(jdbc, policies);
        ChangeLogWriteAdapter writer = new ChangeLogWriteAdapter(jdbc);
        ReplicaVectorPersistenceAdapter replicas = new ReplicaVectorPersistenceAdapter(jdbc);
        return new Ports(documents, documents, writer, new ChangeLogReadAdapter(jdbc), writer,
                new PendingChangesPersistenceAdapter(jdbc), new ChangeSignaturePersistenceAdapter(jdbc), replicas, replicas,
                policies, policies::register,
                new SyncTransactionAdapter(transactions, jdbc));
    }
}
