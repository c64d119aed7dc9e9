package io.cosmicsync.application.recommendation;

/**
 * How many neighbours a rebuild keeps per user and mode, and how many a request may ask for.
 *
 * @param neighbours   neighbours stored per user and mode, 1 to 100
 * @param defaultLimit answer size when a request names none, 1 to {@code neighbours}
 */
public record RecommendationSettings(int neighbours, int defaultLimit) {

    public RecommendationSettings {
        if (neighbours < 1 || neighbours > 100) {
            throw new IllegalArgumentException("neighbours must be 1 to 100, was " + neighbours);
        }
        if (defaultLimit < 1 || defaultLimit > neighbours) {
            throw new IllegalArgumentException("the default limit must be 1 to " + neighbours + ", was " + defaultLimit);
        }
    }
}
