package io.cosmicsync.application.recommendation.port.out;

import io.cosmicsync.application.recommendation.NeighbourTable;
import java.time.Instant;

/**
 * Stores the results of a rebuild as a new generation and switches readers to it atomically.
 *
 * <p>Readers see either the previous generation or the whole new one, never a mix. When writing fails,
 * the previous generation stays current and the partial one is discarded.
 */
public interface SaveRecommendationsPort {

    /**
     * @param table   the model's output
     * @param builtAt when the run finished, shown to readers
     * @return the new generation's number (increasing)
     */
    long replaceRecommendations(NeighbourTable table, Instant builtAt);
}
