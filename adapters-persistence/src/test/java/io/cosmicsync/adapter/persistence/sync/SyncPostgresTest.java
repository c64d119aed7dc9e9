package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.OpStamp;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/** Base of the sync persistence tests: empty sync tables, a node factory and small SQL helpers. */
abstract class SyncPostgresTest extends PostgresTest {

    @Inject
    protected TransactionPort transactions;

    @BeforeEach
    void emptySyncTables() {
        SyncTables.truncate(jdbc);
    }

    PostgresSyncNode node(String peer) {
        return new PostgresSyncNode(peer, jdbc, transactions);
    }

    long count(String table) {
        return jdbc.execute(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The first column of every row {@code sql} returns, as strings; {@code params} bound as strings. */
    List<String> strings(String sql, String... params) {
        return jdbc.execute(c -> {
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setString(i + 1, params[i]);
                }
                List<String> out = new ArrayList<>();
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /**
     * A change another replica made: applies the operation {@code op} builds to that replica's copy
     * {@code replica} and returns the change, stamped {@code hlc} (within the drift limit of now).
     */
    static Change remoteChange(Document replica, PeerId author, Hlc hlc, Set<Change> dependencies, Function<Document, Operation> op) {
        Operation operation = op.apply(replica);
        replica.apply(operation, new OpStamp(hlc, author));
        return Change.create(author, hlc, dependencies.stream().map(Change::id).collect(java.util.stream.Collectors.toSet()), List.of(operation));
    }
}
