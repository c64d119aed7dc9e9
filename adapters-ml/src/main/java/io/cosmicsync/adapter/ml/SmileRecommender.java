package io.cosmicsync.adapter.ml;

import io.cosmicsync.application.recommendation.NeighbourRow;
import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.application.recommendation.port.out.ComputeNeighboursPort;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.ReasonKind;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * User-user recommendations by cosine similarity of IDF-weighted tag vectors ({@link UserVectors}),
 * top-k per user with Smile-k-means blocking ({@link NeighbourSearch}, {@link CandidateBlocks}):
 *
 * <ul>
 *   <li>{@code similar}: a user's skill+interest+project vector against everyone's;</li>
 *   <li>{@code complementary}: a user's interests against everyone's skills.</li>
 * </ul>
 *
 * Reasons are the shared tags with the largest share of the cosine. Users are processed in id order,
 * so the result does not depend on the input order. Memory is linear in the number of (user, tag)
 * pairs; there is no dense user-by-user matrix.
 */
public final class SmileRecommender implements ComputeNeighboursPort {

    private final BlockingSettings blocking;
    private final int maxReasons;

    /**
     * @param blocking   how candidates are narrowed
     * @param maxReasons reasons kept per neighbour (1 or more)
     */
    public SmileRecommender(BlockingSettings blocking, int maxReasons) {
        if (maxReasons < 1) {
            throw new IllegalArgumentException("maxReasons must be at least 1");
        }
        this.blocking = blocking;
        this.maxReasons = maxReasons;
    }

    @Override
    public NeighbourTable computeNeighbours(List<UserFeatures> users, int neighbours, ProgressListener progress) {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1");
        }
        List<UserFeatures> sorted = sortedById(users);
        progress.report("vectors", 0, sorted.size());
        UserVectors vectors = UserVectors.of(sorted);
        progress.report("vectors", sorted.size(), sorted.size());
        NeighbourSearch.Result similar = NeighbourSearch.search(vectors.profiles, vectors.profiles, neighbours,
                true, blocking, progress, "neighbours similar");
        NeighbourSearch.Result complementary = NeighbourSearch.search(vectors.interests, vectors.skills, neighbours,
                true, blocking, progress, "neighbours complementary");
        int tagOffset = vectors.profileColumns.size();
        Map<RecommendationMode, List<NeighbourRow>> rows = new EnumMap<>(RecommendationMode.class);
        rows.put(RecommendationMode.SIMILAR, rows(similar, vectors.profiles, vectors.profiles, 0));
        rows.put(RecommendationMode.COMPLEMENTARY, rows(complementary, vectors.interests, vectors.skills, tagOffset));
        return new NeighbourTable(sorted.stream().map(UserFeatures::userId).toList(), vocabulary(vectors), rows);
    }

    static List<UserFeatures> sortedById(List<UserFeatures> users) {
        Set<UserId> seen = new HashSet<>();
        for (UserFeatures user : users) {
            if (!seen.add(user.userId())) {
                throw new IllegalArgumentException("user " + user.userId() + " appears twice");
            }
        }
        return users.stream().sorted(Comparator.comparing(user -> user.userId().toString())).toList();
    }

    private List<NeighbourRow> rows(NeighbourSearch.Result result, SparseRows queries, SparseRows database,
                                    int reasonOffset) {
        List<NeighbourRow> rows = new ArrayList<>(result.indices().length);
        for (int q = 0; q < result.indices().length; q++) {
            int[] found = result.indices()[q];
            if (found.length == 0) {
                rows.add(NeighbourRow.EMPTY);
                continue;
            }
            int[][] reasons = new int[found.length][];
            for (int i = 0; i < found.length; i++) {
                reasons[i] = Reasons.shared(queries, q, database, found[i], maxReasons);
                for (int r = 0; r < reasons[i].length; r++) {
                    reasons[i][r] += reasonOffset;
                }
            }
            rows.add(new NeighbourRow(found, result.scores()[q], reasons));
        }
        return rows;
    }

    private static List<Reason> vocabulary(UserVectors vectors) {
        List<Reason> vocabulary = new ArrayList<>(vectors.profileColumns.size() + vectors.tags.size());
        for (int column = 0; column < vectors.profileColumns.size(); column++) {
            vocabulary.add(new Reason(vectors.profileKinds[column], vectors.profileColumns.spelling(column)));
        }
        for (int column = 0; column < vectors.tags.size(); column++) {
            vocabulary.add(new Reason(ReasonKind.SKILL_FOR_INTEREST, vectors.tags.spelling(column)));
        }
        return vocabulary;
    }
}
