package io.cosmicsync.application.recommendation.port.in;

import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Asks for a user's stored recommendations; raw input, checked by the use case.
 *
 * @param userId the caller
 * @param mode   {@code similar} or {@code complementary}; null means {@code similar}
 * @param limit  how many, 1 to the stored neighbour count; null means the configured default
 */
public record RecommendationsQuery(UserId userId, String mode, Integer limit) {

    public RecommendationsQuery {
        Objects.requireNonNull(userId, "userId");
    }
}
