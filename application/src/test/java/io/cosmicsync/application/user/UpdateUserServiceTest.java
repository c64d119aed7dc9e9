package io.cosmicsync.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakePasswordHasher;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.port.in.UpdateUserCommand;
import io.cosmicsync.application.user.service.UpdateUserService;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpdateUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final UpdateUserService service = new UpdateUserService(store, store, hasher,
            new FakeTransactions(store), clock);
    private final User ada = UserFixtures.register(store, clock, "ada", "password-ada");
    private final User bob = UserFixtures.register(store, clock, "bob", "password-bob");

    private Outcome<User> update(UserId actor, UserId target, String username, String email, String password) {
        return service.updateUser(new UpdateUserCommand(actor, target, username, email,
                password == null ? null : password.toCharArray()));
    }

    private User stored(User user) {
        return store.loadUser(user.id()).orElseThrow();
    }

    @Test
    void forbids_changing_another_user_and_changes_nothing() {
        int writes = store.writes();

        Outcome<User> outcome = update(bob.id(), ada.id(), "hacked", null, "new-password");

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(stored(ada).username().value()).isEqualTo("ada");
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void forbids_another_user_before_validating_the_values() {
        assertThat(update(bob.id(), ada.id(), "!", "nope", "short")).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void changes_only_the_given_fields_and_stamps_the_update() {
        clock.advance(Duration.ofHours(1));

        Outcome<User> outcome = update(ada.id(), ada.id(), null, "Ada@New.org", null);

        User updated = ((Outcome.Success<User>) outcome).value();
        assertThat(updated.username()).isEqualTo(ada.username());
        assertThat(updated.email().value()).isEqualTo("ada@new.org");
        assertThat(updated.passwordHash()).isEqualTo(ada.passwordHash());
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(stored(ada).email().value()).isEqualTo("ada@new.org");
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void hashes_a_new_password() {
        Outcome<User> outcome = update(ada.id(), ada.id(), null, null, "brand-new-password");

        User updated = ((Outcome.Success<User>) outcome).value();
        assertThat(updated.passwordHash().encoded()).isEqualTo(FakePasswordHasher.encode("brand-new-password"));
        assertThat(stored(ada).passwordHash()).isEqualTo(updated.passwordHash()).isNotEqualTo(ada.passwordHash());
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void refuses_a_username_taken_by_another_user_ignoring_case() {
        Outcome<User> outcome = update(ada.id(), ada.id(), "BOB", null, null);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.field()).isEqualTo("username"));
        assertThat(stored(ada).username().value()).isEqualTo("ada");
    }

    @Test
    void refuses_an_email_taken_by_another_user() {
        Outcome<User> outcome = update(ada.id(), ada.id(), null, "BOB@example.org", null);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Conflict.class,
                c -> assertThat(c.field()).isEqualTo("email"));
        assertThat(stored(ada).email()).isEqualTo(ada.email());
    }

    @Test
    void lets_a_user_change_the_case_of_their_own_username() {
        Outcome<User> outcome = update(ada.id(), ada.id(), "ADA", null, null);

        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        assertThat(stored(ada).username().value()).isEqualTo("ADA");
    }

    @Test
    void answers_not_found_for_a_user_that_does_not_exist() {
        UserId ghost = UserId.random();
        assertThat(update(ghost, ghost, "ghost", null, null)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void refuses_invalid_values_naming_the_field_and_changes_nothing() {
        int writes = store.writes();
        assertThatThrownBy(() -> update(ada.id(), ada.id(), "x", null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> update(ada.id(), ada.id(), null, "nope", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> update(ada.id(), ada.id(), null, null, "short"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(hasher.hashCalls()).isZero();
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void does_not_reveal_the_password_in_the_command_text() {
        UpdateUserCommand command = new UpdateUserCommand(ada.id(), ada.id(), null, null, "s3cret-pass".toCharArray());
        assertThat(command.toString()).doesNotContain("s3cret-pass").contains("redacted");
    }
}
