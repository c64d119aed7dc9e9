package io.cosmicsync.adapter.ml;

import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Offline evaluation of the {@code similar} neighbours as an interest predictor, against a popularity
 * baseline (the protocol of Herlocker et al., <i>Evaluating collaborative filtering recommender
 * systems</i>, TOIS 2004; coverage as in Ge et al., RecSys 2010):
 *
 * <ol>
 *   <li>hide 20% of each person's interests ({@link HoldoutSplit}, seeded);</li>
 *   <li>find each person's k nearest neighbours on what is left (skills + visible interests), with the
 *       same vectors and search as production ({@link UserVectors}, {@link NeighbourSearch});</li>
 *   <li>model: score each interest by the summed similarity of the neighbours who list it (user-based
 *       collaborative filtering), leave out the person's visible interests, take the top 10;</li>
 *   <li>baseline: the 10 most common visible interests the person does not list;</li>
 *   <li>precision@10 = hits / 10 and recall@10 = hits / hidden, averaged over people with hidden interests;
 *       coverage = share of all interest tags that appear in at least one top-10 list.</li>
 * </ol>
 */
public final class HoldoutEvaluation {

    private static final int TOP = 10;

    /** Precision@10, recall@10 and catalogue coverage, each in [0, 1]. */
    public record Metrics(double precisionAt10, double recallAt10, double coverage) {
    }

    /**
     * @param people     everyone read
     * @param evaluated  people with hidden interests
     * @param neighbours k
     * @param model      the neighbour model's metrics
     * @param popularity the baseline's metrics
     */
    public record Report(int people, int evaluated, int neighbours, Metrics model, Metrics popularity) {
    }

    private HoldoutEvaluation() {
    }

    /**
     * @param people     the people with all their interests
     * @param share      the share of each person's interests to hide, in (0, 1)
     * @param seed       seeds the hiding
     * @param neighbours k, the neighbours that vote
     */
    public static Report evaluate(List<UserFeatures> people, double share, long seed, int neighbours,
                                  BlockingSettings blocking, ProgressListener progress) {
        if (!(share > 0 && share < 1) || neighbours < 1) {
            throw new IllegalArgumentException("share must be in (0, 1) and neighbours at least 1");
        }
        HoldoutSplit split = HoldoutSplit.of(SmileRecommender.sortedById(people), share, seed);
        Vocabulary items = new Vocabulary();
        int[][] visible = new int[split.training().size()][];
        for (int u = 0; u < visible.length; u++) {
            visible[u] = columns(items, split.training().get(u).interests());
        }
        int catalogue = items.size();
        int[][] hidden = new int[visible.length][];
        for (int u = 0; u < visible.length; u++) {
            hidden[u] = columns(items, split.hidden().get(u));
        }
        UserVectors vectors = UserVectors.of(split.training());
        NeighbourSearch.Result found = NeighbourSearch.search(vectors.profiles, vectors.profiles, neighbours, true,
                blocking, progress, "neighbours similar");
        int[] popularity = popularityOrder(visible, items.size());
        Tally model = new Tally(catalogue);
        Tally baseline = new Tally(catalogue);
        float[] votes = new float[items.size()];
        for (int u = 0; u < visible.length; u++) {
            if (hidden[u].length == 0) {
                continue;
            }
            Set<Integer> own = set(visible[u]);
            model.add(modelTop(found, u, visible, own, votes), hidden[u]);
            baseline.add(popularTop(popularity, own), hidden[u]);
        }
        return new Report(people.size(), model.users, neighbours, model.metrics(), baseline.metrics());
    }

    private static int[] modelTop(NeighbourSearch.Result found, int u, int[][] visible, Set<Integer> own, float[] votes) {
        java.util.Arrays.fill(votes, 0f);
        for (int i = 0; i < found.indices()[u].length; i++) {
            for (int item : visible[found.indices()[u][i]]) {
                votes[item] += found.scores()[u][i];
            }
        }
        TopK top = new TopK(TOP);
        for (int item = 0; item < votes.length; item++) {
            if (votes[item] > 0 && !own.contains(item)) {
                top.offer(votes[item], item);
            }
        }
        return top.indices();
    }

    private static int[] popularTop(int[] popularity, Set<Integer> own) {
        List<Integer> top = new ArrayList<>(TOP);
        for (int i = 0; i < popularity.length && top.size() < TOP; i++) {
            if (!own.contains(popularity[i])) {
                top.add(popularity[i]);
            }
        }
        return top.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] popularityOrder(int[][] visible, int items) {
        TopK order = new TopK(Math.max(1, items));
        int[] counts = new int[items];
        for (int[] row : visible) {
            for (int item : row) {
                counts[item]++;
            }
        }
        for (int item = 0; item < items; item++) {
            if (counts[item] > 0) {
                order.offer(counts[item], item);
            }
        }
        return order.indices();
    }

    private static int[] columns(Vocabulary items, List<String> tags) {
        return tags.stream().mapToInt(tag -> items.columnOf(tag.strip().toLowerCase(Locale.ROOT), tag))
                .distinct().toArray();
    }

    private static Set<Integer> set(int[] values) {
        Set<Integer> set = new HashSet<>();
        for (int value : values) {
            set.add(value);
        }
        return set;
    }

    /** Sums hits over people. */
    private static final class Tally {
        final int catalogue;
        final Set<Integer> recommended = new HashSet<>();
        int users;
        double precision;
        double recall;

        Tally(int catalogue) {
            this.catalogue = catalogue;
        }

        void add(int[] top, int[] hidden) {
            Set<Integer> truth = set(hidden);
            int hits = 0;
            for (int item : top) {
                recommended.add(item);
                if (truth.contains(item)) {
                    hits++;
                }
            }
            users++;
            precision += hits / (double) TOP;
            recall += hits / (double) hidden.length;
        }

        Metrics metrics() {
            return users == 0 ? new Metrics(0, 0, 0) : new Metrics(precision / users, recall / users,
                    catalogue == 0 ? 0 : Math.min(1.0, recommended.size() / (double) catalogue));
        }
    }
}
