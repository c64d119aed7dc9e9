package io.cosmicsync.domain.recommendation;

import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * One recommended person.
 *
 * @param userId  who
 * @param score   similarity in (0, 1]: the cosine of the two weighted tag vectors
 * @param reasons the tags that contributed most, strongest first (at most a few)
 */
public record Recommendation(UserId userId, double score, List<Reason> reasons) {

    public Recommendation {
        Objects.requireNonNull(userId, "userId");
        if (!(score > 0 && score <= 1.0 + 1e-6)) {
            throw new IllegalArgumentException("a recommendation score is in (0, 1], was " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
