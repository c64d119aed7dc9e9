package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.adapter.ml.BlockingSettings;
import io.cosmicsync.adapter.ml.SmileRecommender;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.recommendation.RecommendationSettings;
import io.cosmicsync.application.recommendation.port.in.GetRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.out.ComputeNeighboursPort;
import io.cosmicsync.application.recommendation.port.out.LoadRecommendationsPort;
import io.cosmicsync.application.recommendation.port.out.LoadUserFeaturesPort;
import io.cosmicsync.application.recommendation.port.out.SaveRecommendationsPort;
import io.cosmicsync.application.recommendation.service.GetRecommendationsService;
import io.cosmicsync.application.recommendation.service.RebuildRecommendationsService;
import io.cosmicsync.application.user.port.in.CheckNodeAdminUseCase;
import io.cosmicsync.application.user.port.in.GrantNodeAdminUseCase;
import io.cosmicsync.application.user.port.in.ImportPeopleUseCase;
import io.cosmicsync.application.user.port.out.NodeAdminPort;
import io.cosmicsync.application.user.port.out.SaveImportedPeoplePort;
import io.cosmicsync.application.user.service.CheckNodeAdminService;
import io.cosmicsync.application.user.service.GrantNodeAdminService;
import io.cosmicsync.application.user.service.ImportPeopleService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the recommendation, bulk-import and node-admin use cases and the Smile model. */
@Factory
public class RecommendationFactory {

    @Singleton
    RecommendationSettings recommendationSettings(
            @Value("${cosmicsync.recommendations.neighbours:20}") int neighbours,
            @Value("${cosmicsync.recommendations.default-limit:10}") int defaultLimit) {
        return new RecommendationSettings(neighbours, defaultLimit);
    }

    @Singleton
    ComputeNeighboursPort recommender(@Value("${cosmicsync.recommendations.max-reasons:3}") int maxReasons) {
        return new SmileRecommender(BlockingSettings.DEFAULT, maxReasons);
    }

    @Singleton
    RebuildRecommendationsUseCase rebuildRecommendations(LoadUserFeaturesPort loadFeatures, ComputeNeighboursPort model,
                                                         SaveRecommendationsPort save, RecommendationSettings settings,
                                                         Clock clock) {
        return new RebuildRecommendationsService(loadFeatures, model, save, settings, clock);
    }

    @Singleton
    GetRecommendationsUseCase getRecommendations(LoadRecommendationsPort load, RecommendationSettings settings) {
        return new GetRecommendationsService(load, settings);
    }

    @Singleton
    ImportPeopleUseCase importPeople(SaveImportedPeoplePort save, TransactionPort transactions, Clock clock) {
        return new ImportPeopleService(save, transactions, clock);
    }

    @Singleton
    GrantNodeAdminUseCase grantNodeAdmin(NodeAdminPort nodeAdmins) {
        return new GrantNodeAdminService(nodeAdmins);
    }

    @Singleton
    CheckNodeAdminUseCase checkNodeAdmin(NodeAdminPort nodeAdmins) {
        return new CheckNodeAdminService(nodeAdmins);
    }
}
