package io.cosmicsync.adapter.web.rest.auth;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.AccessTokens;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.auth.IssuedSession;
import io.cosmicsync.application.auth.port.in.LoginCommand;
import io.cosmicsync.application.auth.port.in.LoginUseCase;
import io.cosmicsync.application.auth.port.in.LogoutUseCase;
import io.cosmicsync.application.auth.port.in.RefreshSessionUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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

/** {@code /api/v1/auth}: log in, renew and log out. */
@Controller("/api/v1/auth")
@Tag(name = "auth")
public class AuthController {

    private final LoginUseCase login;
    private final RefreshSessionUseCase refreshSession;
    private final LogoutUseCase logout;
    private final AccessTokens accessTokens;

    public AuthController(LoginUseCase login, RefreshSessionUseCase refreshSession, LogoutUseCase logout,
                          AccessTokens accessTokens) {
        this.login = login;
        this.refreshSession = refreshSession;
        this.logout = logout;
        this.accessTokens = accessTokens;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Log in", description = "Returns a JWT access token and a single-use refresh token.")
    @ApiResponse(responseCode = "200", description = "Tokens", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Missing field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Unknown username or wrong password", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> login(@Body @Valid LoginRequest body, HttpRequest<?> request) {
        return Problems.respond(login.login(new LoginCommand(body.username(), body.password().toCharArray())),
                request, issued -> HttpResponse.ok(tokens(issued)));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Renew tokens", description = "The refresh token is rotated: the one sent stops working.")
    @ApiResponse(responseCode = "200", description = "New tokens", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Missing refresh_token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Unknown, used, expired or revoked refresh token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> refresh(@Body @Valid RefreshRequest body, HttpRequest<?> request) {
        return Problems.respond(refreshSession.refreshSession(body.refreshToken()), request,
                issued -> HttpResponse.ok(tokens(issued)));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Log out", description = "Revokes the session: its refresh token and every access token of it get 401 from now on.")
    @ApiResponse(responseCode = "204", description = "Logged out")
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> logout(Authentication authentication) {
        logout.logout(Callers.sessionId(authentication));
        return HttpResponse.noContent();
    }

    private TokenResponse tokens(IssuedSession issued) {
        return new TokenResponse(accessTokens.mint(issued), "Bearer", accessTokens.lifetimeSeconds(),
                issued.refreshToken().value(), issued.session().userId().toString());
    }
}
