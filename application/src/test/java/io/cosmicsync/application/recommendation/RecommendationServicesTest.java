package io.cosmicsync.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsCommand;
import io.cosmicsync.application.recommendation.port.in.RecommendationsQuery;
import io.cosmicsync.application.recommendation.port.out.ComputeNeighboursPort;
import io.cosmicsync.application.recommendation.service.GetRecommendationsService;
import io.cosmicsync.application.recommendation.service.RebuildRecommendationsService;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecommendationServicesTest {

    private static final UserId ADA = UserId.random();
    private static final RecommendationSettings SETTINGS = new RecommendationSettings(20, 10);

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private final List<NeighbourTable> stored = new ArrayList<>();
    private final List<UserFeatures> people = List.of(new UserFeatures(ADA, List.of("Java"), List.of(), List.of()));

    @Test
    void a_rebuild_stores_what_the_model_computed_for_everyone() {
        var service = new RebuildRecommendationsService(() -> people, this::emptyTable, this::store, SETTINGS, clock);

        Outcome<RebuildSummary> outcome = service.rebuildRecommendations(new RebuildRecommendationsCommand(ProgressListener.NONE));

        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        assertThat(((Outcome.Success<RebuildSummary>) outcome).value().users()).isEqualTo(1);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).users()).containsExactly(ADA);
    }

    @Test
    void a_failing_model_stores_nothing_so_the_previous_results_stay_and_a_later_run_can_start() {
        ComputeNeighboursPort failing = (users, k, progress) -> {
            throw new IllegalStateException("model broke");
        };
        var broken = new RebuildRecommendationsService(() -> people, failing, this::store, SETTINGS, clock);

        assertThatThrownBy(() -> broken.rebuildRecommendations(new RebuildRecommendationsCommand(ProgressListener.NONE)))
                .hasMessage("model broke");
        assertThat(stored).isEmpty();
        assertThatThrownBy(() -> broken.rebuildRecommendations(new RebuildRecommendationsCommand(ProgressListener.NONE)))
                .hasMessage("model broke");
    }

    @Test
    void refuses_a_second_rebuild_while_one_runs() throws Exception {
        CountDownLatch inModel = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ComputeNeighboursPort slow = (users, k, progress) -> {
            inModel.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return emptyTable(users, k, progress);
        };
        var service = new RebuildRecommendationsService(() -> people, slow, this::store, SETTINGS, clock);
        AtomicReference<Outcome<RebuildSummary>> first = new AtomicReference<>();
        Thread running = new Thread(() -> first.set(
                service.rebuildRecommendations(new RebuildRecommendationsCommand(ProgressListener.NONE))));
        running.start();
        inModel.await();

        Outcome<RebuildSummary> second = service.rebuildRecommendations(new RebuildRecommendationsCommand(ProgressListener.NONE));
        release.countDown();
        running.join();

        assertThat(second).isInstanceOf(Outcome.Conflict.class);
        assertThat(first.get()).isInstanceOf(Outcome.Success.class);
    }

    @Test
    void reads_with_the_default_mode_and_limit_and_checks_both() {
        List<String> asked = new ArrayList<>();
        var service = new GetRecommendationsService((user, mode, limit) -> {
            asked.add(mode.wireName() + " " + limit);
            return new RecommendationList(mode, RecommendationList.Status.NOT_BUILT, null, List.of());
        }, SETTINGS);

        service.getRecommendations(new RecommendationsQuery(ADA, null, null));
        service.getRecommendations(new RecommendationsQuery(ADA, "Complementary", 20));

        assertThat(asked).containsExactly("similar 10", "complementary 20");
        assertThatThrownBy(() -> service.getRecommendations(new RecommendationsQuery(ADA, "best", 5)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("mode"));
        assertThatThrownBy(() -> service.getRecommendations(new RecommendationsQuery(ADA, null, 21)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> service.getRecommendations(new RecommendationsQuery(ADA, null, 0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    private NeighbourTable emptyTable(List<UserFeatures> users, int k, ProgressListener progress) {
        List<NeighbourRow> rows = users.stream().map(u -> NeighbourRow.EMPTY).toList();
        return new NeighbourTable(users.stream().map(UserFeatures::userId).toList(), List.of(),
                Map.of(RecommendationMode.SIMILAR, rows, RecommendationMode.COMPLEMENTARY, rows));
    }

    private long store(NeighbourTable table, Instant builtAt) {
        stored.add(table);
        return stored.size();
    }
}
