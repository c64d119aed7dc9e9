package io.cosmicsync.domain.recommendation;

import io.cosmicsync.domain.common.InvalidValueException;
import java.util.Locale;

/**
 * What "a good match" means for a user-user recommendation.
 *
 * <ul>
 *   <li>{@link #SIMILAR}: people like me, my skills and interests against theirs;</li>
 *   <li>{@link #COMPLEMENTARY}: people who can teach me, my interests against their skills.</li>
 * </ul>
 */
public enum RecommendationMode {
    SIMILAR,
    COMPLEMENTARY;

    /** The name in URLs and JSON: {@code similar} or {@code complementary}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a {@linkplain #wireName() wire name}, ignoring case.
     *
     * @throws InvalidValueException on field {@code mode} for anything else
     */
    public static RecommendationMode parse(String text) {
        if (text != null) {
            for (RecommendationMode mode : values()) {
                if (mode.wireName().equalsIgnoreCase(text.strip())) {
                    return mode;
                }
            }
        }
        throw new InvalidValueException("mode", "must be 'similar' or 'complementary'");
    }
}
