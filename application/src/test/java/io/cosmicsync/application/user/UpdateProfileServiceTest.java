package io.cosmicsync.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.port.in.UpdateProfileCommand;
import io.cosmicsync.application.user.service.UpdateProfileService;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpdateProfileServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final UpdateProfileService service = new UpdateProfileService(store, store, transactions, clock);
    private final User ada = UserFixtures.register(store, clock, "ada", "password-ada");
    private final User bob = UserFixtures.register(store, clock, "bob", "password-bob");

    private Outcome<Profile> update(UserId actor, UserId owner, String name, String bio,
                                    List<String> skills, List<String> interests) {
        return service.updateProfile(new UpdateProfileCommand(actor, owner, name, bio, skills, interests));
    }

    private Profile stored(User user) {
        return store.loadProfile(user.id()).orElseThrow();
    }

    @Test
    void forbids_changing_another_users_profile() {
        int writes = store.writes();

        assertThat(update(bob.id(), ada.id(), "Mallory", null, null, null)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(stored(ada).name()).isEmpty();
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void changes_only_the_given_fields_and_normalizes_tags() {
        update(ada.id(), ada.id(), "Ada", "Counts things", List.of("math"), List.of("engines"));
        clock.advance(Duration.ofMinutes(5));

        Outcome<Profile> outcome = update(ada.id(), ada.id(), null, null, List.of(" Poetry ", "poetry", ""), null);

        Profile profile = ((Outcome.Success<Profile>) outcome).value();
        assertThat(profile.name()).isEqualTo("Ada");
        assertThat(profile.bio()).isEqualTo("Counts things");
        assertThat(profile.skills()).containsExactly("Poetry");
        assertThat(profile.interests()).containsExactly("engines");
        assertThat(profile.updatedAt()).isEqualTo(clock.instant());
        assertThat(stored(ada)).isEqualTo(profile);
    }

    @Test
    void an_empty_list_clears_the_stored_one() {
        update(ada.id(), ada.id(), null, null, List.of("math"), null);

        update(ada.id(), ada.id(), null, null, List.of(), null);

        assertThat(stored(ada).skills()).isEmpty();
    }

    @Test
    void refuses_invalid_values_naming_the_field_and_keeps_the_stored_profile() {
        update(ada.id(), ada.id(), "Ada", null, null, null);
        Profile before = stored(ada);
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "t" + i).toList();

        assertThatThrownBy(() -> update(ada.id(), ada.id(), "n".repeat(101), null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> update(ada.id(), ada.id(), null, "b".repeat(2001), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("bio"));
        assertThatThrownBy(() -> update(ada.id(), ada.id(), null, null, tooMany, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("skills"));
        assertThatThrownBy(() -> update(ada.id(), ada.id(), null, null, null, List.of("i".repeat(51))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("interests"));
        assertThat(stored(ada)).isEqualTo(before);
    }

    @Test
    void answers_not_found_for_a_user_without_a_profile() {
        UserId ghost = UserId.random();
        assertThat(update(ghost, ghost, "Ghost", null, null, null)).isInstanceOf(Outcome.NotFound.class);
    }
}
