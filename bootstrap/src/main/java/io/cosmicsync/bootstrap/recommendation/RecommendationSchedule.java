package io.cosmicsync.bootstrap.recommendation;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.recommendation.RebuildSummary;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsCommand;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the recommendations periodically when {@code cosmicsync.recommendations.schedule.enabled} is
 * true (off by default: a rebuild is a CPU burst of tens of seconds at ~90k users, so the operator
 * chooses when): first after {@code initial-delay} (default 5m), then {@code interval} (default 6h) after
 * the end of each run. Failures are logged; the previous results stay served.
 */
@Singleton
@Requires(property = "cosmicsync.recommendations.schedule.enabled", value = "true")
public class RecommendationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationSchedule.class);

    private final RebuildRecommendationsUseCase rebuild;

    public RecommendationSchedule(RebuildRecommendationsUseCase rebuild) {
        this.rebuild = rebuild;
    }

    @Scheduled(fixedDelay = "${cosmicsync.recommendations.schedule.interval:6h}",
            initialDelay = "${cosmicsync.recommendations.schedule.initial-delay:5m}")
    void rebuild() {
        LOG.info("scheduled recommendation rebuild starting");
        try {
            Outcome<RebuildSummary> outcome = rebuild.rebuildRecommendations(
                    new RebuildRecommendationsCommand(RebuildLog.INSTANCE));
            if (outcome instanceof Outcome.Success<RebuildSummary> success) {
                LOG.info("scheduled recommendation rebuild finished: {}", success.value());
            } else {
                LOG.info("scheduled recommendation rebuild skipped: {}", outcome);
            }
        } catch (RuntimeException e) {
            LOG.error("scheduled recommendation rebuild failed; the previous results stay served", e);
        }
    }
}
