package io.cosmicsync.application.recommendation.port.in;

import io.cosmicsync.application.recommendation.ProgressListener;
import java.util.Objects;

/**
 * Asks for a rebuild of every user's recommendations.
 *
 * @param progress hears the stages (load, model, save) and how far they got
 */
public record RebuildRecommendationsCommand(ProgressListener progress) {

    public RebuildRecommendationsCommand {
        Objects.requireNonNull(progress, "progress");
    }
}
