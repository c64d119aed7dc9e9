package io.cosmicsync.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.auth.port.in.LoginCommand;
import io.cosmicsync.application.auth.service.CheckSessionService;
import io.cosmicsync.application.auth.service.LoginService;
import io.cosmicsync.application.auth.service.LogoutService;
import io.cosmicsync.application.auth.service.RefreshSessionService;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakePasswordHasher;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.application.user.port.in.UpdateUserCommand;
import io.cosmicsync.application.user.service.UpdateUserService;
import io.cosmicsync.domain.auth.RefreshToken;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthServicesTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(14);

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final SessionSettings settings = new SessionSettings(LIFETIME);
    private final LoginService login = new LoginService(store, store, hasher, settings, clock);
    private final RefreshSessionService refresh = new RefreshSessionService(store, store, transactions, settings,
            clock);
    private final LogoutService logout = new LogoutService(store, store, transactions, clock);
    private final CheckSessionService check = new CheckSessionService(store);
    private final User ada = UserFixtures.register(store, clock, "ada", "correct horse");

    private Outcome<IssuedSession> login(String username, String password) {
        return login.login(new LoginCommand(username, password.toCharArray()));
    }

    private IssuedSession loggedIn() {
        return ((Outcome.Success<IssuedSession>) login("ada", "correct horse")).value();
    }

    private static IssuedSession issued(Outcome<IssuedSession> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<IssuedSession>) outcome).value();
    }

    // --- login

    @Test
    void login_starts_a_session_storing_only_the_token_hash() {
        IssuedSession issued = issued(login("ada", "correct horse"));

        Session session = issued.session();
        assertThat(session.userId()).isEqualTo(ada.id());
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.refreshExpiresAt()).isEqualTo(T0.plus(LIFETIME));
        assertThat(store.loadSession(session.id())).contains(session);
        assertThat(session.refreshTokenHash()).isEqualTo(issued.refreshToken().hash())
                .isNotEqualTo(issued.refreshToken().value());
        assertThat(check.isActive(session.id())).isTrue();
    }

    @Test
    void login_finds_the_user_ignoring_the_case_of_the_username() {
        assertThat(issued(login("ADA", "correct horse")).session().userId()).isEqualTo(ada.id());
    }

    @Test
    void each_login_starts_its_own_session() {
        IssuedSession first = loggedIn();
        IssuedSession second = loggedIn();
        assertThat(first.session().id()).isNotEqualTo(second.session().id());
        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(store.sessionCount()).isEqualTo(2);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_are_refused_alike() {
        Outcome<IssuedSession> wrongPassword = login("ada", "wrong horse");
        Outcome<IssuedSession> unknownUser = login("nobody", "correct horse");
        Outcome<IssuedSession> malformedUser = login("x", "correct horse");

        assertThat(wrongPassword).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(malformedUser).isEqualTo(wrongPassword);
        assertThat(store.sessionCount()).isZero();
    }

    @Test
    void an_unknown_user_still_costs_one_password_verification() {
        login("ada", "wrong horse");
        assertThat(hasher.verifyCalls()).isEqualTo(1);

        login("nobody", "correct horse");
        assertThat(hasher.verifyCalls()).isEqualTo(2);

        login("x", "correct horse");
        assertThat(hasher.verifyCalls()).isEqualTo(3);
    }

    @Test
    void the_decoy_hash_for_unknown_users_is_made_once_and_never_matches() {
        login("nobody", "decoy-password-never-matches");
        login("nobody", "decoy-password-never-matches");

        assertThat(hasher.hashCalls()).isEqualTo(1);
        assertThat(hasher.verifyCalls()).isEqualTo(2);
        assertThat(store.sessionCount()).isZero();
    }

    @Test
    void after_a_password_change_only_the_new_password_logs_in() {
        new UpdateUserService(store, store, hasher, transactions, clock)
                .updateUser(new UpdateUserCommand(ada.id(), ada.id(), null, null, "battery staple".toCharArray()));

        assertThat(login("ada", "correct horse")).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(login("ada", "battery staple")).isInstanceOf(Outcome.Success.class);
    }

    // --- refresh

    @Test
    void refresh_rotates_the_token_and_the_old_one_stops_working() {
        IssuedSession first = loggedIn();
        clock.advance(Duration.ofDays(10));

        IssuedSession second = issued(refresh.refreshSession(first.refreshToken().value()));

        assertThat(second.session().id()).isEqualTo(first.session().id());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.session().refreshExpiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
        assertThat(store.loadSession(first.session().id())).contains(second.session());

        assertThat(refresh.refreshSession(first.refreshToken().value())).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(issued(refresh.refreshSession(second.refreshToken().value())).session().id())
                .isEqualTo(first.session().id());
    }

    @Test
    void refresh_extends_the_session_beyond_its_first_expiry() {
        IssuedSession first = loggedIn();
        clock.advance(LIFETIME.minusSeconds(1));
        IssuedSession second = issued(refresh.refreshSession(first.refreshToken().value()));

        clock.advance(Duration.ofSeconds(2));

        assertThat(refresh.refreshSession(second.refreshToken().value())).isInstanceOf(Outcome.Success.class);
    }

    @Test
    void refresh_refuses_an_expired_token_and_changes_nothing() {
        IssuedSession first = loggedIn();
        clock.advance(LIFETIME);

        assertThat(refresh.refreshSession(first.refreshToken().value())).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(store.loadSession(first.session().id())).contains(first.session());
    }

    @Test
    void refresh_refuses_the_token_of_a_revoked_session() {
        IssuedSession first = loggedIn();
        logout.logout(first.session().id());

        assertThat(refresh.refreshSession(first.refreshToken().value())).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(check.isActive(first.session().id())).isFalse();
    }

    @Test
    void refresh_refuses_an_unknown_well_formed_token() {
        loggedIn();
        assertThat(refresh.refreshSession(RefreshToken.generate().value()))
                .isInstanceOf(Outcome.Unauthenticated.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ012+/89"})
    void refresh_refuses_a_malformed_token_without_touching_the_store(String token) {
        loggedIn();
        int reads = store.sessionReads();
        int writes = store.writes();
        int started = transactions.started();

        assertThat(refresh.refreshSession(token)).isInstanceOf(Outcome.Unauthenticated.class);
        assertThat(store.sessionReads()).isEqualTo(reads);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(transactions.started()).isEqualTo(started);
    }

    @Test
    void every_refusal_says_the_same_thing() {
        IssuedSession first = loggedIn();
        Outcome<IssuedSession> malformed = refresh.refreshSession("short");
        Outcome<IssuedSession> unknown = refresh.refreshSession(RefreshToken.generate().value());
        logout.logout(first.session().id());
        Outcome<IssuedSession> revoked = refresh.refreshSession(first.refreshToken().value());

        assertThat(unknown).isEqualTo(malformed);
        assertThat(revoked).isEqualTo(malformed);
    }

    // --- logout and check

    @Test
    void logout_revokes_the_session_at_the_current_time() {
        IssuedSession issued = loggedIn();
        clock.advance(Duration.ofMinutes(3));

        logout.logout(issued.session().id());

        Session stored = store.loadSession(issued.session().id()).orElseThrow();
        assertThat(stored.revokedAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
        assertThat(check.isActive(issued.session().id())).isFalse();
    }

    @Test
    void logout_is_idempotent_and_keeps_the_first_revocation_time() {
        IssuedSession issued = loggedIn();
        logout.logout(issued.session().id());
        int writes = store.writes();
        clock.advance(Duration.ofHours(1));

        logout.logout(issued.session().id());

        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.loadSession(issued.session().id()).orElseThrow().revokedAt()).isEqualTo(T0);
    }

    @Test
    void logout_of_an_unknown_session_does_nothing() {
        loggedIn();
        int writes = store.writes();

        logout.logout(SessionId.random());

        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void logout_revokes_only_the_named_session() {
        IssuedSession first = loggedIn();
        IssuedSession second = loggedIn();

        logout.logout(first.session().id());

        assertThat(check.isActive(first.session().id())).isFalse();
        assertThat(check.isActive(second.session().id())).isTrue();
        assertThat(refresh.refreshSession(second.refreshToken().value())).isInstanceOf(Outcome.Success.class);
    }

    @Test
    void an_unknown_session_is_not_active() {
        assertThat(check.isActive(SessionId.random())).isFalse();
    }

    @Test
    void the_login_command_does_not_reveal_the_password() {
        assertThat(new LoginCommand("ada", "correct horse".toCharArray()).toString())
                .doesNotContain("correct horse").contains("redacted");
    }
}
