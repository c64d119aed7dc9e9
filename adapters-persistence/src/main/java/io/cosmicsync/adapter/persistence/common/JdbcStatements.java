package io.cosmicsync.adapter.persistence.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import java.sql.PreparedStatement;

/**
 * Runs one hand-written statement on the current transaction's connection, or on a connection of its
 * own outside a transaction ({@link JdbcOperations#prepareStatement} alone requires an open one).
 */
public final class JdbcStatements {

    private JdbcStatements() {
    }

    /** The result of {@code callback} on {@code sql} prepared; SQL errors arrive as Micronaut's DataAccessException. */
    public static <R> R withStatement(JdbcOperations jdbc, String sql, PreparedStatementCallback<R> callback) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return callback.call(statement);
            }
        });
    }
}
