package io.cosmicsync.adapter.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.ReasonKind;
import io.cosmicsync.domain.recommendation.Recommendation;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SmileRecommenderTest {

    private static final UserId ADA = id(1);
    private static final UserId BOB = id(2);
    private static final UserId CY = id(3);
    private static final UserId DEE = id(4);

    private final SmileRecommender recommender = new SmileRecommender(BlockingSettings.DEFAULT, 3);

    private static final List<UserFeatures> TEAM = List.of(
            new UserFeatures(ADA, List.of("Java", "PostgreSQL", "Docker"), List.of("Rust"), List.of()),
            new UserFeatures(BOB, List.of("java", "PostgreSQL", "Kubernetes"), List.of("Rust"), List.of()),
            new UserFeatures(CY, List.of("Rust", "Go"), List.of("Java"), List.of()),
            new UserFeatures(DEE, List.of("Excel"), List.of("Painting"), List.of()));

    @Test
    void finds_the_person_with_the_most_shared_tags_as_the_most_similar() {
        NeighbourTable table = recommender.computeNeighbours(TEAM, 5, ProgressListener.NONE);

        List<Recommendation> ada = recommendationsOf(table, ADA, RecommendationMode.SIMILAR);

        assertThat(ada).extracting(Recommendation::userId).containsExactly(BOB);
        assertThat(ada.get(0).score()).isBetween(0.3, 1.0);
        assertThat(ada.get(0).reasons()).containsExactlyInAnyOrder(
                new Reason(ReasonKind.SHARED_SKILL, "Java"), new Reason(ReasonKind.SHARED_SKILL, "PostgreSQL"),
                new Reason(ReasonKind.SHARED_INTEREST, "Rust"));
    }

    @Test
    void matches_my_interests_with_other_peoples_skills_in_complementary_mode() {
        NeighbourTable table = recommender.computeNeighbours(TEAM, 5, ProgressListener.NONE);

        List<Recommendation> ada = recommendationsOf(table, ADA, RecommendationMode.COMPLEMENTARY);
        List<Recommendation> cy = recommendationsOf(table, CY, RecommendationMode.COMPLEMENTARY);

        assertThat(ada).extracting(Recommendation::userId).containsExactly(CY);
        assertThat(ada.get(0).reasons()).containsExactly(new Reason(ReasonKind.SKILL_FOR_INTEREST, "Rust"));
        assertThat(cy).extracting(Recommendation::userId).containsExactlyInAnyOrder(ADA, BOB);
        assertThat(cy.get(0).reasons()).extracting(Reason::kind).containsOnly(ReasonKind.SKILL_FOR_INTEREST);
    }

    @Test
    void recommends_nobody_to_a_person_who_shares_nothing_and_never_recommends_people_to_themselves() {
        NeighbourTable table = recommender.computeNeighbours(TEAM, 5, ProgressListener.NONE);

        assertThat(recommendationsOf(table, DEE, RecommendationMode.SIMILAR)).isEmpty();
        assertThat(recommendationsOf(table, DEE, RecommendationMode.COMPLEMENTARY)).isEmpty();
        for (UserId user : List.of(ADA, BOB, CY, DEE)) {
            for (RecommendationMode mode : RecommendationMode.values()) {
                assertThat(recommendationsOf(table, user, mode)).extracting(Recommendation::userId).doesNotContain(user);
            }
        }
    }

    @Test
    void weighs_a_rare_shared_tag_above_a_common_one() {
        List<UserFeatures> users = new ArrayList<>();
        users.add(new UserFeatures(ADA, List.of("JavaScript", "Haskell"), List.of(), List.of()));
        users.add(new UserFeatures(BOB, List.of("JavaScript", "Ocaml"), List.of(), List.of()));
        users.add(new UserFeatures(CY, List.of("Haskell", "Fortran"), List.of(), List.of()));
        for (int i = 10; i < 30; i++) {
            users.add(new UserFeatures(id(i), List.of("JavaScript", "Tag" + i), List.of(), List.of()));
        }

        NeighbourTable table = recommender.computeNeighbours(users, 1, ProgressListener.NONE);

        assertThat(recommendationsOf(table, ADA, RecommendationMode.SIMILAR)).extracting(Recommendation::userId)
                .containsExactly(CY);
    }

    @Test
    void counts_a_shared_project_as_a_reason() {
        List<UserFeatures> users = List.of(
                new UserFeatures(ADA, List.of("Java"), List.of(), List.of("p-1")),
                new UserFeatures(BOB, List.of("Go"), List.of(), List.of("p-1")),
                new UserFeatures(CY, List.of("Java", "Go"), List.of(), List.of()));

        NeighbourTable table = recommender.computeNeighbours(users, 1, ProgressListener.NONE);

        Recommendation best = recommendationsOf(table, ADA, RecommendationMode.SIMILAR).get(0);
        assertThat(best.userId()).isEqualTo(BOB);
        assertThat(best.reasons()).containsExactly(new Reason(ReasonKind.SHARED_PROJECT, "p-1"));
    }

    @Test
    void keeps_at_most_k_neighbours_best_first() {
        List<UserFeatures> users = randomUsers(60, 7);

        NeighbourTable table = recommender.computeNeighbours(users, 4, ProgressListener.NONE);

        for (int u = 0; u < users.size(); u++) {
            float[] scores = table.row(RecommendationMode.SIMILAR, u).scores();
            assertThat(scores.length).isLessThanOrEqualTo(4);
            for (int i = 1; i < scores.length; i++) {
                assertThat(scores[i]).isLessThanOrEqualTo(scores[i - 1]);
            }
        }
    }

    @Test
    void gives_the_same_result_for_the_same_users_in_any_order() {
        List<UserFeatures> users = randomUsers(200, 11);
        List<UserFeatures> shuffled = new ArrayList<>(users);
        Collections.shuffle(shuffled, new Random(3));

        NeighbourTable first = recommender.computeNeighbours(users, 5, ProgressListener.NONE);
        NeighbourTable second = recommender.computeNeighbours(shuffled, 5, ProgressListener.NONE);

        assertThat(second.users()).isEqualTo(first.users());
        for (int u = 0; u < users.size(); u++) {
            for (RecommendationMode mode : RecommendationMode.values()) {
                assertThat(second.recommendations(mode, u)).isEqualTo(first.recommendations(mode, u));
            }
        }
    }

    @Test
    void blocked_search_is_deterministic_and_finds_most_exact_neighbours() {
        List<UserFeatures> users = HoldoutEvaluationTest.communities(3_000, 5);
        BlockingSettings blocked = new BlockingSettings(100, 16, 1_000, 10, 300, 8, 99L);
        BlockingSettings exact = new BlockingSettings(Integer.MAX_VALUE, 2, 2, 1, 1, 1, 1L);

        NeighbourTable approximate = new SmileRecommender(blocked, 3).computeNeighbours(users, 10, ProgressListener.NONE);
        NeighbourTable again = new SmileRecommender(blocked, 3).computeNeighbours(users, 10, ProgressListener.NONE);
        NeighbourTable truth = new SmileRecommender(exact, 3).computeNeighbours(users, 10, ProgressListener.NONE);

        double recall = 0;
        for (int u = 0; u < users.size(); u++) {
            assertThat(again.row(RecommendationMode.SIMILAR, u).neighbours())
                    .isEqualTo(approximate.row(RecommendationMode.SIMILAR, u).neighbours());
            float[] exactScores = truth.row(RecommendationMode.SIMILAR, u).scores();
            float[] found = approximate.row(RecommendationMode.SIMILAR, u).scores();
            int hits = 0;
            for (float score : found) {
                if (exactScores.length > 0 && score >= exactScores[exactScores.length - 1] - 1e-6f) {
                    hits++;
                }
            }
            recall += exactScores.length == 0 ? 1 : hits / (double) exactScores.length;
        }
        assertThat(recall / users.size()).isGreaterThan(0.8);
    }

    @Test
    void reports_progress_to_the_end_of_each_stage() {
        List<String> finished = new CopyOnWriteArrayList<>();

        recommender.computeNeighbours(TEAM, 2, (stage, done, total) -> {
            if (done == total) {
                finished.add(stage);
            }
        });

        assertThat(finished).contains("vectors", "neighbours similar", "neighbours complementary");
    }

    @Test
    void refuses_a_user_listed_twice() {
        List<UserFeatures> twice = List.of(TEAM.get(0), TEAM.get(0));

        assertThatThrownBy(() -> recommender.computeNeighbours(twice, 3, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    static List<UserFeatures> randomUsers(int count, long seed) {
        Random random = new Random(seed);
        List<UserFeatures> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new UserFeatures(id(1000 + i), tags(random, "t", 40), tags(random, "t", 40), List.of()));
        }
        return users;
    }

    private static List<String> tags(Random random, String prefix, int vocabulary) {
        List<String> tags = new ArrayList<>();
        int n = 2 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            // skewed: low numbers are popular, as in the survey
            int tag = (int) Math.floor(vocabulary * Math.pow(random.nextDouble(), 2));
            if (!tags.contains(prefix + tag)) {
                tags.add(prefix + tag);
            }
        }
        return tags;
    }

    private static List<Recommendation> recommendationsOf(NeighbourTable table, UserId user, RecommendationMode mode) {
        return table.recommendations(mode, table.users().indexOf(user));
    }

    static UserId id(int n) {
        return new UserId(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)));
    }
}
