package io.cosmicsync.adapter.web.rest.recommendation;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.AccessTokens;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.recommendation.ProgressListener;
import io.cosmicsync.application.recommendation.port.in.GetRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsCommand;
import io.cosmicsync.application.recommendation.port.in.RebuildRecommendationsUseCase;
import io.cosmicsync.application.recommendation.port.in.RecommendationsQuery;
import io.cosmicsync.domain.common.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/v1/recommendations}: people to meet, computed by the node's batch job. */
@Controller("/api/v1/recommendations")
@SecurityRequirement(name = "bearer")
@Tag(name = "recommendations")
public class RecommendationController {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationController.class);

    private final GetRecommendationsUseCase getRecommendations;
    private final RebuildRecommendationsUseCase rebuildRecommendations;

    public RecommendationController(GetRecommendationsUseCase getRecommendations,
                                    RebuildRecommendationsUseCase rebuildRecommendations) {
        this.getRecommendations = getRecommendations;
        this.rebuildRecommendations = rebuildRecommendations;
    }

    @Get("/users")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "People recommended to you",
            description = "From the last rebuild. `similar`: people whose skills and interests resemble yours; "
                    + "`complementary`: people whose skills match your interests. When no rebuild has included you "
                    + "yet, the answer is 200 with an empty list and `status` `not_built` or `not_included`.")
    @ApiResponse(responseCode = "200", description = "The recommendations and their status", content = @Content(schema = @Schema(implementation = RecommendationsResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid mode or limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationsResponse recommendedUsers(
            @Parameter(description = "similar (default) or complementary") @QueryValue @Nullable String mode,
            @Parameter(description = "How many, 1 to the stored neighbour count (20 by default); default 10") @QueryValue @Nullable String limit,
            Authentication authentication) {
        return RecommendationsResponse.from(getRecommendations.getRecommendations(
                new RecommendationsQuery(Callers.userId(authentication), mode, parseLimit(limit))));
    }

    @Post("/rebuild")
    @Secured(AccessTokens.NODE_ADMIN)
    @Operation(summary = "Rebuild everyone's recommendations now (node admins)",
            description = "Runs the batch job and answers when it has finished and switched the results in. "
                    + "A failed run leaves the previous results in place.")
    @ApiResponse(responseCode = "200", description = "The finished run", content = @Content(schema = @Schema(implementation = RebuildResponse.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a node admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A rebuild is already running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> rebuild(Authentication authentication, HttpRequest<?> request) {
        LOG.info("recommendation rebuild requested by {}", authentication.getName());
        ProgressListener progress = (stage, done, total) -> {
            if (done == total) {
                LOG.info("recommendation rebuild: {} done ({})", stage, total);
            }
        };
        return Problems.respond(rebuildRecommendations.rebuildRecommendations(new RebuildRecommendationsCommand(progress)),
                request, summary -> HttpResponse.ok(RebuildResponse.from(summary)));
    }

    private static Integer parseLimit(String limit) {
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("limit", "must be a whole number");
        }
    }
}
