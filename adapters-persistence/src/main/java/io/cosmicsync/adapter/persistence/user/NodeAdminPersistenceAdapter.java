package io.cosmicsync.adapter.persistence.user;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.user.port.out.NodeAdminPort;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/** {@link NodeAdminPort} on the {@code users.node_admin} column. */
@Singleton
public final class NodeAdminPersistenceAdapter implements NodeAdminPort {

    private static final String SET = "UPDATE users SET node_admin = ? WHERE lower(username) = lower(?) RETURNING id";
    private static final String GET = "SELECT node_admin FROM users WHERE id = ?";

    private final JdbcOperations jdbc;

    NodeAdminPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserId> setNodeAdmin(Username username, boolean admin) {
        return StorageCalls.call("setting node admin of " + username, () ->
                JdbcStatements.withStatement(jdbc, SET, update -> {
                    update.setBoolean(1, admin);
                    update.setString(2, username.value());
                    try (ResultSet rs = update.executeQuery()) {
                        return rs.next() ? Optional.of(new UserId(rs.getObject(1, UUID.class))) : Optional.<UserId>empty();
                    }
                }));
    }

    @Override
    public boolean isNodeAdmin(UserId userId) {
        return StorageCalls.call("reading node admin of " + userId, () ->
                JdbcStatements.withStatement(jdbc, GET, select -> {
                    select.setObject(1, userId.value());
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next() && rs.getBoolean(1);
                    }
                }));
    }
}
