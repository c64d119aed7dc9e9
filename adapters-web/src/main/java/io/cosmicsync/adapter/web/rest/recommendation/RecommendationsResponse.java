package io.cosmicsync.adapter.web.rest.recommendation;

import io.cosmicsync.application.recommendation.RecommendationList;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.Recommendation;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The caller's recommendations.
 *
 * @param mode     {@code similar} or {@code complementary}
 * @param status   {@code ready}; {@code not_built} (no rebuild has run yet); {@code not_included} (the last
 *                 rebuild ran before the caller's profile existed)
 * @param builtAt  when the results were computed; null when {@code not_built}
 * @param users    best first; empty unless {@code ready} (and then empty when nobody shares a tag)
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RecommendationsResponse(String mode,
                                      @Schema(allowableValues = {"ready", "not_built", "not_included"}) String status,
                                      Instant builtAt, List<RecommendedUser> users) {

    /**
     * One recommended person.
     *
     * @param userId  the person's user id
     * @param score   cosine similarity in (0, 1]
     * @param reasons the tags that matched most, strongest first
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record RecommendedUser(String userId, double score, List<ReasonResponse> reasons) {
    }

    /**
     * Why: {@code kind} is {@code shared_skill}, {@code shared_interest}, {@code shared_project} or
     * {@code skill_for_interest} (their skill, your interest); {@code tag} the tag as you wrote it.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ReasonResponse(String kind, String tag) {
    }

    public static RecommendationsResponse from(RecommendationList list) {
        return new RecommendationsResponse(list.mode().wireName(), list.status().name().toLowerCase(Locale.ROOT),
                list.builtAt(), list.recommendations().stream().map(RecommendationsResponse::user).toList());
    }

    private static RecommendedUser user(Recommendation recommendation) {
        return new RecommendedUser(recommendation.userId().toString(),
                Math.round(recommendation.score() * 10_000) / 10_000.0,
                recommendation.reasons().stream().map(RecommendationsResponse::reason).toList());
    }

    private static ReasonResponse reason(Reason reason) {
        return new ReasonResponse(reason.kind().wireName(), reason.tag());
    }
}
