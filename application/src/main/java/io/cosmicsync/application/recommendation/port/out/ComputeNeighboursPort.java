package io.cosmicsync.application.recommendation.port.out;

import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.domain.recommendation.UserFeatures;
import java.util.List;

/**
 * The recommender model: finds each user's nearest neighbours in every
 * {@link io.cosmicsync.domain.recommendation.RecommendationMode}.
 *
 * <p>Pure computation, no storage. Deterministic: the same users (in any order) give the same table.
 */
public interface ComputeNeighboursPort {

    /**
     * @param users      every user to consider; duplicates of a user id are refused
     * @param neighbours at most this many neighbours per user and mode (1 or more)
     * @param progress   hears the stages and how far they got
     * @return one row per user and mode; users sorted by id
     * @throws IllegalArgumentException on duplicate user ids or {@code neighbours < 1}
     */
    NeighbourTable computeNeighbours(List<UserFeatures> users, int neighbours, ProgressListener progress);
}
