package io.cosmicsync.adapter.persistence.user;

import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;

import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.adapter.persistence.common.UniqueViolations;
import io.cosmicsync.application.user.port.out.SaveUserPort.SaveResult;
import io.cosmicsync.domain.user.User;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;

/**
 * Writes {@code users} rows without ever raising a unique violation in the caller's transaction.
 *
 * <p>In PostgreSQL a failed statement aborts the whole transaction, and registration inserts user and
 * profile in one. So an insert uses {@code ON CONFLICT DO NOTHING} and, when nothing was inserted, asks
 * which field clashed. An update checks for clashes first and runs under a savepoint, so a clash that a
 * concurrent transaction commits between check and update is rolled back to the savepoint and reported.
 */
@Singleton
final class UserWriter {

    static final String USERNAME_INDEX = "users_username_lower_key";

    private static final String INSERT = """
            INSERT INTO users (id, username, email, password_hash, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UPDATE = """
            UPDATE users SET username = ?, email = ?, password_hash = ?, updated_at = ? WHERE id = ?""";
    private static final String CLASHES = """
            SELECT coalesce(bool_or(lower(username) = lower(?)), false) AS username_clash, count(*) AS clashes
            FROM users WHERE id <> ? AND (lower(username) = lower(?) OR email = ?)""";

    private final JdbcOperations jdbc;

    UserWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    SaveResult insert(User user) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, user.id().value());
                insert.setString(2, user.username().value());
                insert.setString(3, user.email().value());
                insert.setString(4, user.passwordHash().encoded());
                insert.setObject(5, timestamptz(user.createdAt()));
                insert.setObject(6, timestamptz(user.updatedAt()));
                if (insert.executeUpdate() == 1) {
                    return SaveResult.SAVED;
                }
            }
            return clash(connection, user).orElseThrow(() ->
                    new StorageException("user " + user.id() + " was not inserted: the id is taken"));
        });
    }

    SaveResult update(User user) {
        return jdbc.execute(connection -> {
            Optional<SaveResult> clash = clash(connection, user);
            if (clash.isPresent()) {
                return clash.get();
            }
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setString(1, user.username().value());
                update.setString(2, user.email().value());
                update.setString(3, user.passwordHash().encoded());
                update.setObject(4, timestamptz(user.updatedAt()));
                update.setObject(5, user.id().value());
                if (update.executeUpdate() != 1) {
                    throw new StorageException("user " + user.id() + " was not updated: there is no such user");
                }
            } catch (SQLException e) {
                Optional<String> constraint = UniqueViolations.constraintOf(e);
                if (constraint.isEmpty()) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return USERNAME_INDEX.equals(constraint.get()) ? SaveResult.USERNAME_TAKEN : SaveResult.EMAIL_TAKEN;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return SaveResult.SAVED;
        });
    }

    private static Optional<SaveResult> clash(Connection connection, User user) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CLASHES)) {
            query.setString(1, user.username().value());
            query.setObject(2, user.id().value());
            query.setString(3, user.username().value());
            query.setString(4, user.email().value());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                if (rs.getLong("clashes") == 0) {
                    return Optional.empty();
                }
                boolean username = rs.getBoolean("username_clash");
                return Optional.of(username ? SaveResult.USERNAME_TAKEN : SaveResult.EMAIL_TAKEN);
            }
        }
    }
}
