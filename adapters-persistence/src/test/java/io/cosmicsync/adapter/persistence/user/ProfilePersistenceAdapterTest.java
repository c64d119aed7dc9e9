package io.cosmicsync.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProfilePersistenceAdapterTest extends PostgresTest {

    @Inject
    SaveUserPort saveUser;
    @Inject
    SaveProfilePort saveProfile;
    @Inject
    LoadProfilePort loadProfile;

    @Test
    void stores_a_profile_with_its_tags_in_order_and_loads_it_back() {
        User ada = TestData.user("ada", "ada@example.org");
        saveUser.insertUser(ada);
        Profile profile = new Profile(ada.id(), "Ada Lovelace", "First programmer, \"quoted\", {braces}",
                List.of("Mathematics", "C++", "a,b"), List.of("engines", "poetry"),
                Instant.parse("2025-06-01T10:00:00.000001Z"));

        saveProfile.saveProfile(profile);

        assertThat(loadProfile.loadProfile(ada.id())).contains(profile);
    }

    @Test
    void saving_again_replaces_the_profile() {
        User ada = TestData.user("ada", "ada@example.org");
        saveUser.insertUser(ada);
        saveProfile.saveProfile(Profile.empty(ada.id(), TestData.now()));
        Profile edited = new Profile(ada.id(), "Ada", "", List.of("analysis"), List.of(), TestData.now());

        saveProfile.saveProfile(edited);

        assertThat(loadProfile.loadProfile(ada.id())).contains(edited);
    }

    @Test
    void loads_nothing_for_a_user_without_a_profile() {
        assertThat(loadProfile.loadProfile(UserId.random())).isEmpty();
    }

    @Test
    void saving_the_profile_of_an_unknown_user_is_a_storage_failure() {
        assertThatThrownBy(() -> saveProfile.saveProfile(Profile.empty(UserId.random(), TestData.now())))
                .isInstanceOf(StorageException.class);
    }
}
