package io.cosmicsync.adapter.ml;

import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hides a share of each person's interests for evaluation. Per person, the interests are shuffled with
 * a generator seeded by {@code seed} and the person's id, and the first {@code max(1, round(share × n))}
 * are hidden; people with fewer than two interests hide none (they would have nothing left to show the
 * model) and are not evaluated. Stable: the same seed hides the same interests on every run.
 *
 * @param training the people as the model sees them (hidden interests removed), same order as the input
 * @param hidden   for each person, the hidden interests (empty when not evaluated)
 */
record HoldoutSplit(List<UserFeatures> training, List<List<String>> hidden) {

    static HoldoutSplit of(List<UserFeatures> people, double share, long seed) {
        List<UserFeatures> training = new ArrayList<>(people.size());
        List<List<String>> hidden = new ArrayList<>(people.size());
        for (UserFeatures person : people) {
            List<String> interests = new ArrayList<>(person.interests());
            int hide = interests.size() < 2 ? 0 : (int) Math.max(1, Math.round(share * interests.size()));
            Collections.shuffle(interests, new Random(seed * 1_000_003L + person.userId().value().hashCode()));
            hidden.add(List.copyOf(interests.subList(0, hide)));
            List<String> visible = person.interests().stream().filter(tag -> !interests.subList(0, hide).contains(tag))
                    .toList();
            training.add(new UserFeatures(person.userId(), person.skills(), visible, person.projects()));
        }
        return new HoldoutSplit(training, hidden);
    }
}
