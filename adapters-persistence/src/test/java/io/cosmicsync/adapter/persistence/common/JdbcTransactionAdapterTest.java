package io.cosmicsync.adapter.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JdbcTransactionAdapterTest extends PostgresTest {

    @Inject
    TransactionPort transactions;
    @Inject
    SaveUserPort saveUser;
    @Inject
    LoadUserPort loadUser;

    @Test
    void commits_the_work_when_it_returns() {
        User ada = TestData.user("ada", "ada@example.org");

        String result = transactions.inTransaction(() -> {
            saveUser.insertUser(ada);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(loadUser.loadUser(ada.id())).isPresent();
    }

    @Test
    void rolls_back_every_write_when_the_work_throws() {
        User ada = TestData.user("ada", "ada@example.org");
        User bob = TestData.user("bob", "bob@example.org");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            saveUser.insertUser(ada);
            saveUser.insertUser(bob);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(loadUser.loadUser(ada.id())).isEmpty();
        assertThat(loadUser.loadUser(bob.id())).isEmpty();
    }

    @Test
    void a_nested_call_joins_the_outer_transaction_and_rolls_back_with_it() {
        User ada = TestData.user("ada", "ada@example.org");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> saveUser.insertUser(ada));
            assertThat(loadUser.loadUser(ada.id())).isPresent();
            throw new IllegalStateException("outer fails after the inner call returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(loadUser.loadUser(ada.id())).isEmpty();
    }
}
