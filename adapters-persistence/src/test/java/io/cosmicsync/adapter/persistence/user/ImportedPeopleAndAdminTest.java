package io.cosmicsync.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.application.user.ImportCounts;
import io.cosmicsync.application.user.ImportedAccount;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.NodeAdminPort;
import io.cosmicsync.application.user.port.out.SaveImportedPeoplePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ImportedPeopleAndAdminTest extends PostgresTest {

    @Inject
    SaveImportedPeoplePort importPeople;
    @Inject
    LoadUserPort loadUser;
    @Inject
    LoadProfilePort loadProfile;
    @Inject
    SaveUserPort saveUser;
    @Inject
    NodeAdminPort nodeAdmins;

    @Test
    void imports_people_with_profiles_and_no_usable_password() {
        ImportCounts counts = importPeople.insertImportedAccounts(List.of(account("so2019-1"), account("so2019-2")));

        assertThat(counts).isEqualTo(new ImportCounts(2, 0));
        User loaded = loadUser.loadUserByUsername(new Username("so2019-1")).orElseThrow();
        assertThat(loaded.passwordHash()).isEqualTo(PasswordHash.UNUSABLE);
        assertThat(loadProfile.loadProfile(loaded.id()).orElseThrow().skills()).containsExactly("Language:Java");
    }

    @Test
    void importing_the_same_people_again_creates_nobody_and_skips_taken_names() {
        importPeople.insertImportedAccounts(List.of(account("so2019-1")));
        saveUser.insertUser(TestData.user("so2019-2", "someone@example.org"));

        ImportCounts again = importPeople.insertImportedAccounts(List.of(account("so2019-1"), account("so2019-2"),
                account("so2019-3")));

        assertThat(again).isEqualTo(new ImportCounts(1, 2));
        long users = jdbc.execute(c -> {
            var rs = c.createStatement().executeQuery("SELECT count(*) FROM users");
            rs.next();
            return rs.getLong(1);
        });
        assertThat(users).isEqualTo(3);
    }

    @Test
    void grants_and_revokes_node_admin_by_username_ignoring_case() {
        User ada = TestData.user("ada", "ada@example.org");
        saveUser.insertUser(ada);

        assertThat(nodeAdmins.isNodeAdmin(ada.id())).isFalse();
        assertThat(nodeAdmins.setNodeAdmin(new Username("ADA"), true)).contains(ada.id());
        assertThat(nodeAdmins.isNodeAdmin(ada.id())).isTrue();
        nodeAdmins.setNodeAdmin(new Username("ada"), false);
        assertThat(nodeAdmins.isNodeAdmin(ada.id())).isFalse();
        assertThat(nodeAdmins.setNodeAdmin(new Username("nobody"), true)).isEmpty();
        assertThat(nodeAdmins.isNodeAdmin(UserId.random())).isFalse();
    }

    private static ImportedAccount account(String username) {
        User user = User.reconstitute(new UserId(java.util.UUID.nameUUIDFromBytes(username.getBytes())),
                new Username(username), new Email(username + "@survey.invalid"), PasswordHash.UNUSABLE,
                TestData.now(), TestData.now());
        return new ImportedAccount(user, new Profile(user.id(), "", "", List.of("Language:Java"), List.of("Language:Go"),
                TestData.now()));
    }
}
