package io.cosmicsync.adapter.persistence.recommendation;

import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.port.out.SaveRecommendationsPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@link SaveRecommendationsPort}: writes a generation with {@code COPY ... FROM STDIN} (one statement
 * per ~10,000 rows, outside any transaction: nobody reads a generation before it is current), then
 * switches {@code recommendation_current} to it in one transaction. The generation before stays too, so
 * a reader that looked up the old generation a moment before the switch can still finish; older ones and
 * the leftovers of failed runs are deleted after the switch. When writing fails, the partial generation
 * is deleted and a {@link StorageException} is thrown: readers keep the previous generation.
 */
@Singleton
public final class RecommendationWriter implements SaveRecommendationsPort {

    private static final int ROWS_PER_COPY = 10_000;
    private static final String NEXT_GENERATION = "SELECT nextval('recommendation_generation_seq')";
    private static final String INSERT_GENERATION =
            "INSERT INTO recommendation_generations (generation, built_at, users) VALUES (?, ?, ?)";
    private static final String INSERT_REASON =
            "INSERT INTO recommendation_reasons (generation, reason_id, kind, tag) VALUES (?, ?, ?, ?)";
    private static final String SWITCH = """
            INSERT INTO recommendation_current (singleton, generation) VALUES (true, ?)
            ON CONFLICT (singleton) DO UPDATE SET generation = EXCLUDED.generation""";
    private static final String[] TABLES = {"user_recommendations", "recommendation_reasons"};

    private final JdbcOperations jdbc;
    private final TransactionPort transactions;

    RecommendationWriter(JdbcOperations jdbc, TransactionPort transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public long replaceRecommendations(NeighbourTable table, Instant builtAt) {
        long generation = StorageCalls.call("starting a recommendation generation", () -> jdbc.execute(c -> {
            try (PreparedStatement next = c.prepareStatement(NEXT_GENERATION); ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        try {
            StorageCalls.run("writing recommendation generation " + generation, () -> jdbc.execute(c -> {
                writeReasons(c, generation, table);
                copyRows(c, generation, table);
                return null;
            }));
        } catch (RuntimeException e) {
            discard(generation);
            throw e instanceof StorageException ? e
                    : new StorageException("writing recommendation generation " + generation + " failed: " + e.getMessage(), e);
        }
        Long previous = transactions.inTransaction(() -> StorageCalls.call("switching to generation " + generation,
                () -> jdbc.execute(c -> {
                    Long before = current(c);
                    try (PreparedStatement insert = c.prepareStatement(INSERT_GENERATION)) {
                        insert.setLong(1, generation);
                        insert.setObject(2, timestamptz(builtAt));
                        insert.setInt(3, table.users().size());
                        insert.executeUpdate();
                    }
                    try (PreparedStatement update = c.prepareStatement(SWITCH)) {
                        update.setLong(1, generation);
                        update.executeUpdate();
                    }
                    return before;
                })));
        deleteOlderThan(previous == null ? generation : previous);
        return generation;
    }

    private static Long current(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT generation FROM recommendation_current FOR UPDATE"); ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static void writeReasons(Connection c, long generation, NeighbourTable table) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_REASON)) {
            for (int i = 0; i < table.vocabulary().size(); i++) {
                Reason reason = table.vocabulary().get(i);
                insert.setLong(1, generation);
                insert.setInt(2, i);
                insert.setString(3, reason.kind().wireName());
                insert.setString(4, reason.tag());
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void copyRows(Connection c, long generation, NeighbourTable table) throws SQLException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder chunk = new StringBuilder(1 << 20);
        int rows = 0;
        for (int position = 0; position < table.users().size(); position++) {
            for (RecommendationMode mode : RecommendationMode.values()) {
                RecommendationCopyRows.append(chunk, generation, table, mode, position);
                if (++rows % ROWS_PER_COPY == 0) {
                    send(copy.copyIn(RecommendationCopyRows.COPY), chunk);
                }
            }
        }
        if (chunk.length() > 0) {
            send(copy.copyIn(RecommendationCopyRows.COPY), chunk);
        }
    }

    private static void send(CopyIn copyIn, StringBuilder chunk) throws SQLException {
        try {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copyIn.writeToCopy(bytes, 0, bytes.length);
            copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
            chunk.setLength(0);
        }
    }

    private void discard(long generation) {
        try {
            deleteWhere("generation = ?", generation);
        } catch (RuntimeException cleanupFailed) {
            // the next successful run deletes every generation older than the one it replaces
        }
    }

    private void deleteOlderThan(long keepFrom) {
        deleteWhere("generation < ?", keepFrom);
        StorageCalls.run("deleting old recommendation generations", () -> jdbc.execute(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM recommendation_generations WHERE generation < ?")) {
                delete.setLong(1, keepFrom);
                return delete.executeUpdate();
            }
        }));
    }

    private void deleteWhere(String condition, long generation) {
        StorageCalls.run("deleting recommendation rows", () -> jdbc.execute(c -> {
            for (String table : TABLES) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + condition)) {
                    delete.setLong(1, generation);
                    delete.executeUpdate();
                }
            }
            return null;
        }));
    }
}
