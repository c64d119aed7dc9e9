package io.cosmicsync.adapter.persistence.recommendation;

import static io.cosmicsync.adapter.persistence.common.SqlValues.instant;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.recommendation.RecommendationList;
import io.cosmicsync.application.recommendation.port.out.LoadRecommendationsPort;
import io.cosmicsync.domain.recommendation.Reason;
import io.cosmicsync.domain.recommendation.ReasonKind;
import io.cosmicsync.domain.recommendation.Recommendation;
import io.cosmicsync.domain.recommendation.RecommendationMode;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link LoadRecommendationsPort}: the caller's row of the current generation, its first {@code limit}
 * neighbours, their reasons, minus neighbours whose account was deleted since the run. Three indexed
 * queries.
 */
@Singleton
public final class RecommendationReader implements LoadRecommendationsPort {

    private static final String CURRENT = """
            SELECT c.generation, g.built_at, r.neighbour_ids, r.scores, r.reason_counts, r.reason_ids
            FROM recommendation_current c JOIN recommendation_generations g ON g.generation = c.generation
            LEFT JOIN user_recommendations r ON r.generation = c.generation AND r.user_id = ? AND r.mode = ?""";
    private static final String REASONS =
            "SELECT reason_id, kind, tag FROM recommendation_reasons WHERE generation = ? AND reason_id = ANY (?)";
    private static final String EXISTING = "SELECT id FROM users WHERE id = ANY (?)";

    private final JdbcOperations jdbc;

    RecommendationReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecommendationList loadRecommendations(UserId userId, RecommendationMode mode, int limit) {
        return StorageCalls.call("loading recommendations of " + userId, () -> jdbc.execute(c -> {
            try (PreparedStatement select = c.prepareStatement(CURRENT)) {
                select.setObject(1, userId.value());
                select.setString(2, mode.wireName());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new RecommendationList(mode, RecommendationList.Status.NOT_BUILT, null, List.of());
                    }
                    Instant builtAt = instant(rs, "built_at");
                    if (rs.getArray("neighbour_ids") == null) {
                        return new RecommendationList(mode, RecommendationList.Status.NOT_INCLUDED, builtAt, List.of());
                    }
                    return new RecommendationList(mode, RecommendationList.Status.READY, builtAt,
                            recommendations(c, rs, limit));
                }
            }
        }));
    }

    private static List<Recommendation> recommendations(Connection c, ResultSet rs, int limit) throws SQLException {
        long generation = rs.getLong("generation");
        UUID[] neighbours = (UUID[]) rs.getArray("neighbour_ids").getArray();
        Float[] scores = (Float[]) rs.getArray("scores").getArray();
        Short[] counts = (Short[]) rs.getArray("reason_counts").getArray();
        Integer[] reasonIds = (Integer[]) rs.getArray("reason_ids").getArray();
        int size = Math.min(limit, neighbours.length);
        int reasonsUsed = 0;
        for (int i = 0; i < size; i++) {
            reasonsUsed += counts[i];
        }
        Map<Integer, Reason> reasons = reasons(c, generation, java.util.Arrays.copyOf(reasonIds, reasonsUsed));
        Set<UUID> existing = existing(c, java.util.Arrays.copyOf(neighbours, size));
        List<Recommendation> result = new ArrayList<>(size);
        int at = 0;
        for (int i = 0; i < size; i++) {
            List<Reason> these = new ArrayList<>(counts[i]);
            for (int r = 0; r < counts[i]; r++) {
                these.add(reasons.get(reasonIds[at++]));
            }
            if (existing.contains(neighbours[i])) {
                result.add(new Recommendation(new UserId(neighbours[i]), Math.min(1.0, scores[i]), these));
            }
        }
        return result;
    }

    private static Map<Integer, Reason> reasons(Connection c, long generation, Integer[] ids) throws SQLException {
        Map<Integer, Reason> reasons = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(REASONS)) {
            select.setLong(1, generation);
            select.setArray(2, c.createArrayOf("integer", ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reasons.put(rs.getInt("reason_id"), new Reason(
                            ReasonKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("tag")));
                }
            }
        }
        return reasons;
    }

    private static Set<UUID> existing(Connection c, UUID[] ids) throws SQLException {
        Set<UUID> existing = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(EXISTING)) {
            select.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return existing;
    }
}
