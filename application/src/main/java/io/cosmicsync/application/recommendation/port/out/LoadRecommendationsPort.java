package io.cosmicsync.application.recommendation.port.out;

import io.cosmicsync.application.recommendation.RecommendationList;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.user.UserId;

/** Reads the current generation of stored recommendations. */
public interface LoadRecommendationsPort {

    /**
     * @param userId for whom
     * @param mode   which mode
     * @param limit  at most this many, best first (1 or more)
     */
    RecommendationList loadRecommendations(UserId userId, RecommendationMode mode, int limit);
}
