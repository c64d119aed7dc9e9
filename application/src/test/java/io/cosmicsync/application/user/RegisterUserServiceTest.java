package io.cosmicsync.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakePasswordHasher;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.service.RegisterUserService;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final RegisterUserService service = new RegisterUserService(store, store, hasher, transactions,
            new MutableClock(NOW));

    private Outcome<User> register(String username, String email, String password) {
        return service.registerUser(new RegisterUserCommand(username, email, password.toCharArray()));
    }

    private static void assertRefused(Runnable r, String field) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void creates_the_user_with_a_hashed_password_and_an_empty_profile() {
        Outcome<User> outcome = register("Ada", "Ada@Example.org", "correct horse");

        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        User user = ((Outcome.Success<User>) outcome).value();
        assertThat(user.username().value()).isEqualTo("Ada");
        assertThat(user.email().value()).isEqualTo("ada@example.org");
        assertThat(user.passwordHash().encoded()).isEqualTo(FakePasswordHasher.encode("correct horse"))
                .doesNotContain("correct horse");
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(store.loadUser(user.id())).contains(user);
        assertThat(store.loadProfile(user.id())).contains(Profile.empty(user.id(), NOW));
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void refuses_a_second_user_with_the_same_username_ignoring_case() {
        register("ada", "ada@example.org", "password-1");
        int writes = store.writes();

        Outcome<User> outcome = register("ADA", "other@example.org", "password-2");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.field()).isEqualTo("username"));
        assertThat(store.userCount()).isEqualTo(1);
        assertThat(store.profileCount()).isEqualTo(1);
        assertThat(store.writes()).isEqualTo(writes + 1); // the refused insert only
    }

    @Test
    void refuses_a_second_user_with_the_same_email_ignoring_case() {
        register("ada", "ada@example.org", "password-1");

        Outcome<User> outcome = register("bob", "ADA@EXAMPLE.ORG", "password-2");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.field()).isEqualTo("email"));
        assertThat(store.userCount()).isEqualTo(1);
        assertThat(store.profileCount()).isEqualTo(1);
    }

    @Test
    void refuses_a_password_shorter_than_8_or_longer_than_128_characters_before_hashing() {
        assertRefused(() -> register("ada", "ada@example.org", "1234567"), "password");
        assertRefused(() -> register("ada", "ada@example.org", "p".repeat(129)), "password");
        assertRefused(() -> register("ada", "ada@example.org", ""), "password");

        assertThat(hasher.hashCalls()).isZero();
        assertThat(store.writes()).isZero();
        assertThat(store.userCount()).isZero();
    }

    @Test
    void accepts_passwords_of_exactly_8_and_128_characters() {
        assertThat(register("ada", "ada@example.org", "12345678")).isInstanceOf(Outcome.Success.class);
        assertThat(register("bob", "bob@example.org", "p".repeat(128))).isInstanceOf(Outcome.Success.class);
    }

    @Test
    void checks_username_then_email_then_password_and_writes_nothing_when_one_is_invalid() {
        assertRefused(() -> register("a", "not-an-email", "short"), "username");
        assertRefused(() -> register("ada", "not-an-email", "short"), "email");
        assertRefused(() -> register("ada", "ada@example.org", "short"), "password");
        assertRefused(() -> register(null, "ada@example.org", "long enough"), "username");

        assertThat(hasher.hashCalls()).isZero();
        assertThat(store.writes()).isZero();
    }

    @Test
    void leaves_no_user_behind_when_saving_the_profile_fails() {
        RegisterUserService failing = new RegisterUserService(store, profile -> {
            throw new IllegalStateException("disk full");
        }, hasher, transactions, new MutableClock(NOW));

        assertThatThrownBy(() -> failing.registerUser(
                new RegisterUserCommand("ada", "ada@example.org", "password-1".toCharArray())))
                .hasMessage("disk full");
        assertThat(store.userCount()).isZero();
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void does_not_reveal_the_password_in_the_command_text() {
        RegisterUserCommand command = new RegisterUserCommand("ada", "ada@example.org", "s3cret-pass".toCharArray());
        assertThat(command.toString()).doesNotContain("s3cret-pass").contains("redacted");
    }

    @Test
    void counts_the_password_length_in_code_points() {
        assertRefused(() -> register("ada", "ada@example.org", "😀😀😀😀"), "password");
        assertThat(hasher.hashCalls()).isZero();
    }
}
