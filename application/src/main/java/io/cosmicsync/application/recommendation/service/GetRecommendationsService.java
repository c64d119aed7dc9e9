package io.cosmicsync.application.recommendation.service;

import io.cosmicsync.application.recommendation.RecommendationList;
import io.cosmicsync.application.recommendation.RecommendationSettings;
import io.cosmicsync.application.recommendation.port.in.GetRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.in.RecommendationsQuery;
import io.cosmicsync.application.recommendation.port.out.LoadRecommendationsPort;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.recommendation.RecommendationMode;

/** Checks mode and limit, then reads the caller's stored recommendations. */
public final class GetRecommendationsService implements GetRecommendationsUseCase {

    private final LoadRecommendationsPort loadRecommendations;
    private final RecommendationSettings settings;

    public GetRecommendationsService(LoadRecommendationsPort loadRecommendations, RecommendationSettings settings) {
        this.loadRecommendations = loadRecommendations;
        this.settings = settings;
    }

    @Override
    public RecommendationList getRecommendations(RecommendationsQuery query) {
        RecommendationMode mode = query.mode() == null ? RecommendationMode.SIMILAR : RecommendationMode.parse(query.mode());
        int limit = query.limit() == null ? settings.defaultLimit() : query.limit();
        if (limit < 1 || limit > settings.neighbours()) {
            throw new InvalidValueException("limit", "must be 1 to " + settings.neighbours());
        }
        return loadRecommendations.loadRecommendations(query.userId(), mode, limit);
    }
}
