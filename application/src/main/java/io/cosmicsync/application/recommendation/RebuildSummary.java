package io.cosmicsync.application.recommendation;

import java.time.Instant;

/**
 * What a finished rebuild did.
 *
 * @param generation    the number of the stored result set now served
 * @param users         users the model saw
 * @param builtAt       when the results were switched in
 * @param loadMillis    milliseconds spent reading profiles
 * @param computeMillis milliseconds spent in the model
 * @param saveMillis    milliseconds spent writing and switching the results
 */
public record RebuildSummary(long generation, int users, Instant builtAt, long loadMillis, long computeMillis,
                             long saveMillis) {
}
