package io.cosmicsync.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");

    private final User ada = User.create(new Username("ada"), new Email("ada@example.org"),
            new PasswordHash("$fake$old"), T0);

    @Test
    void a_new_user_has_a_fresh_id_and_equal_creation_and_update_times() {
        User other = User.create(new Username("bob"), new Email("bob@example.org"), new PasswordHash("$x"), T0);
        assertThat(ada.id()).isNotEqualTo(other.id());
        assertThat(ada.createdAt()).isEqualTo(T0);
        assertThat(ada.updatedAt()).isEqualTo(T0);
    }

    @Test
    void update_replaces_only_the_given_fields_and_keeps_id_and_creation_time() {
        User renamed = ada.update(new Username("ada2"), null, null, T1);
        assertThat(renamed.id()).isEqualTo(ada.id());
        assertThat(renamed.username()).isEqualTo(new Username("ada2"));
        assertThat(renamed.email()).isEqualTo(ada.email());
        assertThat(renamed.passwordHash()).isEqualTo(ada.passwordHash());
        assertThat(renamed.createdAt()).isEqualTo(T0);
        assertThat(renamed.updatedAt()).isEqualTo(T1);

        User rehashed = ada.update(null, new Email("ada@new.org"), new PasswordHash("$fake$new"), T1);
        assertThat(rehashed.username()).isEqualTo(ada.username());
        assertThat(rehashed.email().value()).isEqualTo("ada@new.org");
        assertThat(rehashed.passwordHash().encoded()).isEqualTo("$fake$new");
    }

    @Test
    void reconstitute_keeps_every_field() {
        User loaded = User.reconstitute(ada.id(), ada.username(), ada.email(), ada.passwordHash(), T0, T1);
        assertThat(loaded.id()).isEqualTo(ada.id());
        assertThat(loaded.updatedAt()).isEqualTo(T1);
    }

    @Test
    void refuses_missing_parts() {
        assertThatThrownBy(() -> User.create(null, new Email("a@b.c"), new PasswordHash("$x"), T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> User.create(new Username("ada"), new Email("a@b.c"), null, T0))
                .isInstanceOf(NullPointerException.class);
    }
}
