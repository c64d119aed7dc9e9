package io.cosmicsync.adapter.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.auth.RefreshToken;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SessionPersistenceAdapterTest extends PostgresTest {

    @Inject
    LoadSessionPort loadSession;
    @Inject
    SaveSessionPort saveSession;
    @Inject
    SaveUserPort saveUser;
    @Inject
    TransactionPort transactions;

    private User ada;

    @BeforeEach
    void registerAda() {
        ada = TestData.user("ada", "ada@example.org");
        saveUser.insertUser(ada);
    }

    private Session start() {
        Session session = Session.start(ada.id(), RefreshToken.generate(), TestData.now(), Duration.ofDays(30));
        saveSession.insertSession(session);
        return session;
    }

    private void deleteRow(SessionId id) {
        JdbcStatements.withStatement(jdbc, "DELETE FROM sessions WHERE id = ?", delete -> {
            delete.setObject(1, id.value());
            return delete.executeUpdate();
        });
    }

    @Test
    void stores_a_session_and_loads_it_by_id_and_by_refresh_token_hash() {
        Session session = start();

        assertThat(loadSession.loadSession(session.id())).contains(session);
        assertThat(loadSession.loadSessionByRefreshTokenHash(session.refreshTokenHash())).contains(session);
        assertThat(loadSession.loadSession(SessionId.random())).isEmpty();
    }

    @Test
    void lets_exactly_one_of_two_rotations_from_the_same_refresh_token_win() {
        Session session = start();
        Session first = session.rotate(RefreshToken.generate(), TestData.now(), Duration.ofDays(1));
        Session second = session.rotate(RefreshToken.generate(), TestData.now(), Duration.ofDays(1));

        assertThat(saveSession.rotateSession(first, session.refreshTokenHash())).isTrue();
        assertThat(saveSession.rotateSession(second, session.refreshTokenHash())).isFalse();
        assertThat(loadSession.loadSession(session.id())).contains(first);
    }

    @Test
    void refuses_to_rotate_a_revoked_session() {
        Session session = start();
        saveSession.updateSession(session.revoke(TestData.now()));
        Session rotated = session.rotate(RefreshToken.generate(), TestData.now(), Duration.ofDays(1));

        assertThat(saveSession.rotateSession(rotated, session.refreshTokenHash())).isFalse();
    }

    @Test
    void serves_a_loaded_session_from_the_cache() {
        Session session = start();
        loadSession.loadSession(session.id());

        deleteRow(session.id());

        assertThat(loadSession.loadSession(session.id())).contains(session);
        assertThat(loadSession.loadSessionByRefreshTokenHash(session.refreshTokenHash())).isEmpty();
    }

    @Test
    void a_revocation_is_visible_at_once_although_the_session_was_cached() {
        Session session = start();
        loadSession.loadSession(session.id());
        Session revoked = session.revoke(TestData.now());

        saveSession.updateSession(revoked);

        assertThat(loadSession.loadSession(session.id())).contains(revoked);
    }

    @Test
    void a_revocation_committed_by_a_transaction_is_visible_after_the_commit() {
        Session session = start();
        loadSession.loadSession(session.id());
        Session revoked = session.revoke(TestData.now());

        transactions.inTransaction(() -> {
            saveSession.updateSession(revoked);
            return null;
        });

        assertThat(loadSession.loadSession(session.id())).map(Session::isRevoked).contains(true);
    }

    @Test
    void a_revocation_rolled_back_leaves_the_session_active_even_if_it_was_read_inside_the_transaction() {
        Session session = start();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            saveSession.updateSession(session.revoke(TestData.now()));
            assertThat(loadSession.loadSession(session.id())).map(Session::isRevoked).contains(true);
            throw new IllegalStateException("logout failed later");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(loadSession.loadSession(session.id())).contains(session);
    }

    @Test
    void a_refresh_rotates_the_token_hash() {
        Session session = start();
        Session rotated = session.rotate(RefreshToken.generate(), TestData.now(), Duration.ofDays(30));

        saveSession.updateSession(rotated);

        assertThat(loadSession.loadSessionByRefreshTokenHash(session.refreshTokenHash())).isEmpty();
        assertThat(loadSession.loadSessionByRefreshTokenHash(rotated.refreshTokenHash())).contains(rotated);
    }

    @Test
    void deleting_the_user_deletes_their_sessions() {
        Session session = start();

        JdbcStatements.withStatement(jdbc, "DELETE FROM users WHERE id = ?", delete -> {
            delete.setObject(1, ada.id().value());
            return delete.executeUpdate();
        });

        assertThat(loadSession.loadSessionByRefreshTokenHash(session.refreshTokenHash())).isEmpty();
    }
}
