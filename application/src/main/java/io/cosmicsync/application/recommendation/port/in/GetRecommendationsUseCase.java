package io.cosmicsync.application.recommendation.port.in;

import io.cosmicsync.application.recommendation.RecommendationList;

/** Serves a user's recommendations from the last rebuild. */
public interface GetRecommendationsUseCase {

    /**
     * @throws io.cosmicsync.domain.common.InvalidValueException on field {@code mode} or {@code limit}
     *         when they are out of range
     */
    RecommendationList getRecommendations(RecommendationsQuery query);
}
