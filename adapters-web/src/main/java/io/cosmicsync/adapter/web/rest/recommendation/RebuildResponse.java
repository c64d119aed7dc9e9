package io.cosmicsync.adapter.web.rest.recommendation;

import io.cosmicsync.application.recommendation.RebuildSummary;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A finished rebuild.
 *
 * @param generation the stored result set now served
 * @param users      users the model saw
 * @param builtAt    when the results were switched in
 * @param loadMs     milliseconds reading profiles
 * @param computeMs  milliseconds in the model
 * @param saveMs     milliseconds storing and switching
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RebuildResponse(long generation, int users, Instant builtAt, long loadMs, long computeMs, long saveMs) {

    public static RebuildResponse from(RebuildSummary summary) {
        return new RebuildResponse(summary.generation(), summary.users(), summary.builtAt(), summary.loadMillis(),
                summary.computeMillis(), summary.saveMillis());
    }
}
