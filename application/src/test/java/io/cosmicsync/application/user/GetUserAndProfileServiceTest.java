package io.cosmicsync.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.user.service.GetProfileService;
import io.cosmicsync.application.user.service.GetUserService;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetUserAndProfileServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
    private final User ada = UserFixtures.register(store, clock, "ada", "password-ada");

    @Test
    void gets_an_existing_user() {
        Outcome<User> outcome = new GetUserService(store).getUser(ada.id());
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Success.class,
                s -> assertThat(((User) s.value()).id()).isEqualTo(ada.id()));
    }

    @Test
    void answers_not_found_for_an_unknown_user() {
        assertThat(new GetUserService(store).getUser(UserId.random())).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void gets_the_profile_of_a_registered_user() {
        Outcome<Profile> outcome = new GetProfileService(store).getProfile(ada.id());
        assertThat(outcome).isEqualTo(Outcome.success(Profile.empty(ada.id(), clock.instant())));
    }

    @Test
    void answers_not_found_for_the_profile_of_an_unknown_user() {
        assertThat(new GetProfileService(store).getProfile(UserId.random())).isInstanceOf(Outcome.NotFound.class);
    }
}
