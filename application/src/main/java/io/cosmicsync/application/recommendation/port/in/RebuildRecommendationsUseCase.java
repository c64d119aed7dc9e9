package io.cosmicsync.application.recommendation.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.recommendation.RebuildSummary;

/**
 * Recomputes every user's recommendations from the current profiles and switches them in atomically.
 * Callers (scheduler, CLI, admin endpoint) must be allowed to; this use case does not check roles.
 */
public interface RebuildRecommendationsUseCase {

    /**
     * @return the summary; {@code Conflict} on field {@code rebuild} while another rebuild runs in this process
     */
    Outcome<RebuildSummary> rebuildRecommendations(RebuildRecommendationsCommand command);
}
