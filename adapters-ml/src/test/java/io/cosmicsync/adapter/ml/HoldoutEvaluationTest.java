package io.cosmicsync.adapter.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoldoutEvaluationTest {

    @Test
    void hides_a_fifth_of_the_interests_the_same_way_on_every_run() {
        UserFeatures person = new UserFeatures(SmileRecommenderTest.id(1), List.of("a"),
                List.of("i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9", "i10"), List.of());
        UserFeatures single = new UserFeatures(SmileRecommenderTest.id(2), List.of(), List.of("only"), List.of());

        HoldoutSplit first = HoldoutSplit.of(List.of(person, single), 0.2, 7);
        HoldoutSplit second = HoldoutSplit.of(List.of(person, single), 0.2, 7);

        assertThat(first.hidden().get(0)).hasSize(2);
        assertThat(first.training().get(0).interests()).hasSize(8).doesNotContainAnyElementsOf(first.hidden().get(0));
        assertThat(second.hidden()).isEqualTo(first.hidden());
        assertThat(first.hidden().get(1)).isEmpty();
        assertThat(first.training().get(1).interests()).containsExactly("only");
    }

    @Test
    void the_neighbour_model_beats_popularity_when_interests_follow_communities() {
        List<UserFeatures> people = communities(600, 1);

        HoldoutEvaluation.Report report = HoldoutEvaluation.evaluate(people, 0.2, 42, 20, BlockingSettings.DEFAULT,
                ProgressListener.NONE);

        assertThat(report.people()).isEqualTo(600);
        assertThat(report.evaluated()).isGreaterThan(550);
        assertThat(report.model().recallAt10()).isGreaterThan(report.popularity().recallAt10());
        assertThat(report.model().precisionAt10()).isGreaterThan(report.popularity().precisionAt10());
        assertThat(report.model().coverage()).isGreaterThan(report.popularity().coverage());
        assertThat(report.model().recallAt10()).isBetween(0.0, 1.0);
    }

    @Test
    void popularity_recommends_the_most_common_interests_a_person_lacks() {
        List<UserFeatures> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(new UserFeatures(SmileRecommenderTest.id(i), List.of("s" + i), List.of("common", "x" + i, "y" + i,
                    "z" + i, "w" + i), List.of()));
        }

        HoldoutEvaluation.Report report = HoldoutEvaluation.evaluate(people, 0.2, 1, 5, BlockingSettings.DEFAULT,
                ProgressListener.NONE);

        // Hidden: one of five interests each. "common" is visible for 16 people: popularity finds it for those
        // who hid it, and nothing else (the other interests are unique), so its hits are the people who hid "common".
        assertThat(report.popularity().precisionAt10()).isLessThanOrEqualTo(0.1);
        assertThat(report.evaluated()).isEqualTo(20);
    }

    /** Ten communities, each with its own skills and interests; members list a random subset of both. */
    static List<UserFeatures> communities(int count, long seed) {
        Random random = new Random(seed);
        List<UserFeatures> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int community = i % 10;
            List<String> skills = new ArrayList<>();
            List<String> interests = new ArrayList<>(List.of("popular"));
            for (int t = 0; t < 8; t++) {
                if (random.nextDouble() < 0.6) {
                    skills.add("skill-" + community + "-" + t);
                }
                if (random.nextDouble() < 0.6) {
                    interests.add("interest-" + community + "-" + t);
                }
            }
            people.add(new UserFeatures(SmileRecommenderTest.id(10_000 + i), skills, interests, List.of()));
        }
        return people;
    }
}
