package io.cosmicsync.application.recommendation;

import io.cosmicsync.domain.recommendation.Recommendation;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The stored recommendations of one user in one mode.
 *
 * @param mode            which mode
 * @param status          whether there are results at all, see {@link Status}
 * @param builtAt         when the results were computed; null when {@code NOT_BUILT}
 * @param recommendations best first; empty unless {@code READY} (and may be empty then too: nobody shares a tag)
 */
public record RecommendationList(RecommendationMode mode, Status status, Instant builtAt,
                                 List<Recommendation> recommendations) {

    /** Whether the stored results cover the user. */
    public enum Status {
        /** No rebuild has finished on this node yet. */
        NOT_BUILT,
        /** The last rebuild ran before the user existed; the next one includes them. */
        NOT_INCLUDED,
        /** The last rebuild included the user. */
        READY
    }

    public RecommendationList {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        recommendations = List.copyOf(recommendations);
    }
}
