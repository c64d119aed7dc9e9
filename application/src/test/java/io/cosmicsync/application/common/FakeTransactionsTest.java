package io.cosmicsync.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fakes are test code too: prove the transaction fake rolls back, or rollback tests prove nothing. */
class FakeTransactionsTest {

    private final InMemoryStore store = new InMemoryStore();
    private final FakeTransactions transactions = new FakeTransactions(store);

    private Project project() {
        return Project.create("p", "", UserId.random(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void keeps_the_writes_of_work_that_returns() {
        transactions.inTransaction(() -> {
            store.insertProject(project());
            return null;
        });
        assertThat(store.projectCount()).isEqualTo(1);
    }

    @Test
    void undoes_every_write_of_work_that_throws_including_nested_work() {
        store.insertProject(project());

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            store.insertProject(project());
            return transactions.inTransaction(() -> {
                store.insertProject(project());
                throw new IllegalStateException("boom");
            });
        })).hasMessage("boom");

        assertThat(store.projectCount()).isEqualTo(1);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void outcome_map_transforms_success_and_passes_refusals_through() {
        assertThat(Outcome.success(2).map(i -> i * 21)).isEqualTo(Outcome.success(42));
        Outcome<Integer> refused = Outcome.conflict("email", "taken");
        assertThat(refused.map(i -> "x" + i)).isEqualTo(Outcome.conflict("email", "taken"));
    }
}
