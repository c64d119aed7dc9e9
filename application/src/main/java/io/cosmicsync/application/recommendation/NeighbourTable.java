package io.cosmicsync.application.recommendation;

import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.Recommendation;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.user.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one recommender run: for every user and every mode, the top-k neighbours with scores
 * and reasons. Compact (positions instead of objects) because it holds ~k rows per user for every user
 * of the node; {@link #recommendations} turns one row into domain objects.
 *
 * @param users      every user the run saw, in row order
 * @param vocabulary the reasons rows refer to by position
 * @param rows       for each mode, one row per user (same order as {@code users})
 */
public record NeighbourTable(List<UserId> users, List<Reason> vocabulary,
                             Map<RecommendationMode, List<NeighbourRow>> rows) {

    public NeighbourTable {
        users = List.copyOf(users);
        vocabulary = List.copyOf(vocabulary);
        Map<RecommendationMode, List<NeighbourRow>> copy = new EnumMap<>(RecommendationMode.class);
        for (RecommendationMode mode : RecommendationMode.values()) {
            List<NeighbourRow> modeRows = rows.get(mode);
            if (modeRows == null || modeRows.size() != users.size()) {
                throw new IllegalArgumentException("mode " + mode.wireName() + " needs one row per user");
            }
            copy.put(mode, List.copyOf(modeRows));
        }
        rows = copy;
    }

    /** The row of the user at {@code position} in {@code mode}. */
    public NeighbourRow row(RecommendationMode mode, int position) {
        return rows.get(mode).get(position);
    }

    /** The recommendations of the user at {@code position} in {@code mode}, best first. */
    public List<Recommendation> recommendations(RecommendationMode mode, int position) {
        NeighbourRow row = row(mode, position);
        List<Recommendation> result = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            List<Reason> reasons = new ArrayList<>(row.reasons()[i].length);
            for (int reason : row.reasons()[i]) {
                reasons.add(vocabulary.get(reason));
            }
            result.add(new Recommendation(users.get(row.neighbours()[i]), row.scores()[i], reasons));
        }
        return result;
    }
}
