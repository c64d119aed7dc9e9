package io.cosmicsync.adapter.web.rest.user;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.user.port.in.GetProfileUseCase;
import io.cosmicsync.application.user.port.in.UpdateProfileCommand;
import io.cosmicsync.application.user.port.in.UpdateProfileUseCase;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/profiles/{id}}: what users tell about themselves; {@code id} is the user id. */
@Controller("/api/v1/profiles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "profiles")
public class ProfileController {

    private final GetProfileUseCase getProfile;
    private final UpdateProfileUseCase updateProfile;

    public ProfileController(GetProfileUseCase getProfile, UpdateProfileUseCase updateProfile) {
        this.getProfile = getProfile;
        this.updateProfile = updateProfile;
    }

    @Get("/{id}")
    @Operation(summary = "Read a user's profile")
    @ApiResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getProfile(@PathVariable String id, HttpRequest<?> request) {
        return Problems.respond(getProfile.getProfile(UserId.parse(id)), request,
                profile -> HttpResponse.ok(ProfileResponse.from(profile)));
    }

    @Put("/{id}")
    @Operation(summary = "Change your own profile", description = "Fields left out keep their value.")
    @ApiResponse(responseCode = "200", description = "The changed profile", content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not your profile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateProfile(@PathVariable String id, @Body UpdateProfileRequest body,
                                  Authentication authentication, HttpRequest<?> request) {
        var command = new UpdateProfileCommand(Callers.userId(authentication), UserId.parse(id), body.name(),
                body.bio(), body.skills(), body.interests());
        return Problems.respond(updateProfile.updateProfile(command), request,
                profile -> HttpResponse.ok(ProfileResponse.from(profile)));
    }
}
