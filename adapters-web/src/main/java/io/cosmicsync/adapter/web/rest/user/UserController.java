package io.cosmicsync.adapter.web.rest.user;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.user.port.in.GetUserUseCase;
import io.cosmicsync.application.user.port.in.RegisterUserCommand;
import io.cosmicsync.application.user.port.in.RegisterUserUseCase;
import io.cosmicsync.application.user.port.in.UpdateUserCommand;
import io.cosmicsync.application.user.port.in.UpdateUserUseCase;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import jakarta.validation.Valid;
import java.net.URI;

/** {@code /api/v1/users}: registration and a user's own account. */
@Controller("/api/v1/users")
@Tag(name = "users")
public class UserController {

    private final RegisterUserUseCase registerUser;
    private final GetUserUseCase getUser;
    private final UpdateUserUseCase updateUser;

    public UserController(RegisterUserUseCase registerUser, GetUserUseCase getUser, UpdateUserUseCase updateUser) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.updateUser = updateUser;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register a user", description = "Creates an account and an empty profile.")
    @ApiResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Username or e-mail taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> registerUser(@Body @Valid RegisterUserRequest body, HttpRequest<?> request) {
        var command = new RegisterUserCommand(body.username(), body.email(), body.password().toCharArray());
        return Problems.respond(registerUser.registerUser(command), request,
                user -> HttpResponse.created(UserResponse.from(user, user.id()))
                        .headers(h -> h.location(URI.create("/api/v1/users/" + user.id()))));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a user")
    @ApiResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getUser(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        return Problems.respond(getUser.getUser(UserId.parse(id)), request,
                user -> HttpResponse.ok(UserResponse.from(user, Callers.userId(authentication))));
    }

    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your own account", description = "Fields left out keep their value.")
    @ApiResponse(responseCode = "200", description = "The changed user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not your account", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Username or e-mail taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateUser(@PathVariable String id, @Body UpdateUserRequest body,
                                  Authentication authentication, HttpRequest<?> request) {
        var command = new UpdateUserCommand(Callers.userId(authentication), UserId.parse(id), body.username(),
                body.email(), body.password() == null ? null : body.password().toCharArray());
        return Problems.respond(updateUser.updateUser(command), request,
                user -> HttpResponse.ok(UserResponse.from(user, user.id())));
    }
}
