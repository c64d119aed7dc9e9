package io.cosmicsync.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.application.user.port.out.SaveUserPort.SaveResult;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class UserPersistenceAdapterTest extends PostgresTest {

    @Inject
    LoadUserPort loadUser;
    @Inject
    SaveUserPort saveUser;
    @Inject
    SaveProfilePort saveProfile;
    @Inject
    LoadProfilePort loadProfile;
    @Inject
    TransactionPort transactions;

    @Test
    void stores_a_user_and_loads_it_back_field_for_field() {
        Instant created = Instant.parse("2024-02-29T23:59:59.123456Z");
        User ada = User.reconstitute(UserId.random(), new Username("Ada.L"), new Email("ada@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), created, created.plusMillis(1));

        assertThat(saveUser.insertUser(ada)).isEqualTo(SaveResult.SAVED);

        User loaded = loadUser.loadUser(ada.id()).orElseThrow();
        assertThat(loaded.id()).isEqualTo(ada.id());
        assertThat(loaded.username()).isEqualTo(ada.username());
        assertThat(loaded.email()).isEqualTo(ada.email());
        assertThat(loaded.passwordHash().encoded()).isEqualTo(ada.passwordHash().encoded());
        assertThat(loaded.createdAt()).isEqualTo(created);
        assertThat(loaded.updatedAt()).isEqualTo(created.plusMillis(1));
    }

    @Test
    void loads_nothing_for_an_unknown_id() {
        assertThat(loadUser.loadUser(UserId.random())).isEmpty();
    }

    @Test
    void finds_a_user_by_username_ignoring_case() {
        User ada = TestData.user("Ada", "ada@example.org");
        saveUser.insertUser(ada);

        assertThat(loadUser.loadUserByUsername(new Username("aDA"))).map(User::id).contains(ada.id());
        assertThat(loadUser.loadUserByUsername(new Username("bob"))).isEmpty();
    }

    @Test
    void reports_the_username_taken_when_it_differs_only_in_case() {
        saveUser.insertUser(TestData.user("ada", "ada@example.org"));

        assertThat(saveUser.insertUser(TestData.user("ADA", "other@example.org"))).isEqualTo(SaveResult.USERNAME_TAKEN);
    }

    @Test
    void reports_the_email_taken() {
        saveUser.insertUser(TestData.user("ada", "ada@example.org"));

        assertThat(saveUser.insertUser(TestData.user("bob", "ada@example.org"))).isEqualTo(SaveResult.EMAIL_TAKEN);
    }

    @Test
    void a_clash_during_registration_writes_nothing_and_leaves_the_transaction_usable() {
        saveUser.insertUser(TestData.user("ada", "ada@example.org"));
        User clashing = TestData.user("ada", "new@example.org");
        User next = TestData.user("bob", "bob@example.org");

        SaveResult[] results = transactions.inTransaction(() -> {
            SaveResult first = saveUser.insertUser(clashing);
            SaveResult second = saveUser.insertUser(next);
            saveProfile.saveProfile(Profile.empty(next.id(), TestData.now()));
            return new SaveResult[] {first, second};
        });

        assertThat(results).containsExactly(SaveResult.USERNAME_TAKEN, SaveResult.SAVED);
        assertThat(loadUser.loadUser(clashing.id())).isEmpty();
        assertThat(loadProfile.loadProfile(clashing.id())).isEmpty();
        assertThat(loadUser.loadUser(next.id())).isPresent();
        assertThat(loadProfile.loadProfile(next.id())).isPresent();
    }

    @Test
    void updates_a_user_including_a_change_of_case_of_its_own_username() {
        User ada = TestData.user("ada", "ada@example.org");
        saveUser.insertUser(ada);
        User renamed = ada.update(new Username("ADA"), new Email("ada@example.net"), null, TestData.now());

        assertThat(saveUser.updateUser(renamed)).isEqualTo(SaveResult.SAVED);

        User loaded = loadUser.loadUser(ada.id()).orElseThrow();
        assertThat(loaded.username()).isEqualTo(new Username("ADA"));
        assertThat(loaded.email()).isEqualTo(new Email("ada@example.net"));
        assertThat(loaded.updatedAt()).isEqualTo(renamed.updatedAt());
    }

    @Test
    void an_update_onto_another_users_name_or_email_reports_the_field_and_keeps_the_transaction_usable() {
        User ada = TestData.user("ada", "ada@example.org");
        User bob = TestData.user("bob", "bob@example.org");
        saveUser.insertUser(ada);
        saveUser.insertUser(bob);

        SaveResult[] results = transactions.inTransaction(() -> new SaveResult[] {
                saveUser.updateUser(bob.update(new Username("Ada"), null, null, TestData.now())),
                saveUser.updateUser(bob.update(null, new Email("ada@example.org"), null, TestData.now())),
                saveUser.updateUser(bob.update(new Username("robert"), null, null, TestData.now()))});

        assertThat(results).containsExactly(SaveResult.USERNAME_TAKEN, SaveResult.EMAIL_TAKEN, SaveResult.SAVED);
        assertThat(loadUser.loadUser(bob.id()).orElseThrow().username()).isEqualTo(new Username("robert"));
    }

    @Test
    void a_clash_committed_concurrently_after_the_check_is_reported_and_keeps_the_transaction_usable() throws Exception {
        User bob = TestData.user("bob", "bob@example.org");
        saveUser.insertUser(bob);
        CountDownLatch carolInserted = new CountDownLatch(1);
        CountDownLatch commitCarol = new CountDownLatch(1);
        CompletableFuture<SaveResult> concurrent = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            SaveResult result = saveUser.insertUser(TestData.user("carol", "carol@example.org"));
            carolInserted.countDown();
            await(commitCarol);
            return result;
        }));
        assertThat(carolInserted.await(10, TimeUnit.SECONDS)).isTrue();

        SaveResult result = transactions.inTransaction(() -> {
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(commitCarol::countDown);
            SaveResult update = saveUser.updateUser(bob.update(new Username("Carol"), null, null, TestData.now()));
            saveUser.updateUser(bob.update(new Username("robert"), null, null, TestData.now()));
            return update;
        });

        assertThat(concurrent.get(10, TimeUnit.SECONDS)).isEqualTo(SaveResult.SAVED);
        assertThat(result).isEqualTo(SaveResult.USERNAME_TAKEN);
        assertThat(loadUser.loadUser(bob.id()).orElseThrow().username()).isEqualTo(new Username("robert"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
