package io.cosmicsync.application.recommendation.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.recommendation.NeighbourTable;
import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.application.recommendation.RebuildSummary;
import io.cosmicsync.application.recommendation.RecommendationSettings;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsCommand;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.out.ComputeNeighboursPort;
import io.cosmicsync.application.recommendation.port.out.LoadUserFeaturesPort;
import io.cosmicsync.application.recommendation.port.out.SaveRecommendationsPort;
import io.cosmicsync.domain.recommendation.UserFeatures;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load every user's features, run the model, store the result as a new generation. One run at a time
 * per process; a failure at any step throws and leaves the previous generation in place (the save port
 * switches atomically).
 */
public final class RebuildRecommendationsService implements RebuildRecommendationsUseCase {

    private final LoadUserFeaturesPort loadFeatures;
    private final ComputeNeighboursPort model;
    private final SaveRecommendationsPort saveRecommendations;
    private final RecommendationSettings settings;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public RebuildRecommendationsService(LoadUserFeaturesPort loadFeatures, ComputeNeighboursPort model,
                                         SaveRecommendationsPort saveRecommendations,
                                         RecommendationSettings settings, Clock clock) {
        this.loadFeatures = loadFeatures;
        this.model = model;
        this.saveRecommendations = saveRecommendations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<RebuildSummary> rebuildRecommendations(RebuildRecommendationsCommand command) {
        if (!running.compareAndSet(false, true)) {
            return Outcome.conflict("rebuild", "a rebuild of the recommendations is already running");
        }
        try {
            ProgressListener progress = command.progress();
            long start = System.nanoTime();
            progress.report("load profiles", 0, 1);
            List<UserFeatures> users = loadFeatures.loadAllUserFeatures();
            progress.report("load profiles", 1, 1);
            long loaded = System.nanoTime();
            NeighbourTable table = model.computeNeighbours(users, settings.neighbours(), progress);
            long computed = System.nanoTime();
            progress.report("save", 0, 1);
            long generation = saveRecommendations.replaceRecommendations(table, clock.instant());
            progress.report("save", 1, 1);
            long saved = System.nanoTime();
            return Outcome.success(new RebuildSummary(generation, users.size(), clock.instant(),
                    millis(loaded - start), millis(computed - loaded), millis(saved - computed)));
        } finally {
            running.set(false);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
