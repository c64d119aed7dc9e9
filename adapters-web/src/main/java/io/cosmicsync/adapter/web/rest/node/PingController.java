package io.cosmicsync.adapter.web.rest.node;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /ping}: answers {@code pong} and does nothing else. A liveness probe, and the baseline
 * that benchmarks compare real endpoints against (the framework's ceiling on this machine).
 */
@Controller("/ping")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "network")
public class PingController {

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answer pong, doing no work")
    public String ping() {
        return "pong";
    }
}
