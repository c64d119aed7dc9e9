package io.cosmicsync.adapter.web.rest.project.member;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleCommand;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleUseCase;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberQuery;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberUseCase;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersQuery;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersUseCase;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberUseCase;
import io.cosmicsync.domain.common.Ids;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/**
 * {@code /api/v1/projects/{id}/members}: members see the member list; owners add members, change roles
 * and remove members; every member may remove themselves (leave). A project always keeps at least one
 * owner (409 otherwise). To a non-member the project does not exist (404).
 */
@Controller("/api/v1/projects/{id}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "project members")
public class ProjectMemberController {

    private final ListProjectMembersUseCase listMembers;
    private final GetProjectMemberUseCase getMember;
    private final AddProjectMemberUseCase addMember;
    private final ChangeMemberRoleUseCase changeRole;
    private final RemoveProjectMemberUseCase removeMember;

    public ProjectMemberController(ListProjectMembersUseCase listMembers, GetProjectMemberUseCase getMember,
                                   AddProjectMemberUseCase addMember, ChangeMemberRoleUseCase changeRole,
                                   RemoveProjectMemberUseCase removeMember) {
        this.listMembers = listMembers;
        this.getMember = getMember;
        this.addMember = addMember;
        this.changeRole = changeRole;
        this.removeMember = removeMember;
    }

    @Get
    @Operation(summary = "List a project's members", description = "Any member may; oldest membership first.")
    @ApiResponse(responseCode = "200", description = "The members", content = @Content(schema = @Schema(implementation = ProjectMemberListResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> listMembers(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        var query = new ListProjectMembersQuery(Callers.userId(authentication), ProjectId.parse(id));
        return Problems.respond(listMembers.listMembers(query), request,
                members -> HttpResponse.ok(ProjectMemberListResponse.from(members)));
    }

    @Get("/{user_id}")
    @Operation(summary = "Read one membership", description = "Any member may.")
    @ApiResponse(responseCode = "200", description = "The membership", content = @Content(schema = @Schema(implementation = ProjectMemberResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id or user_id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, you are not a member, or the user is not", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getMember(@PathVariable String id, @PathVariable("user_id") String userId,
                                     Authentication authentication, HttpRequest<?> request) {
        var query = new GetProjectMemberQuery(Callers.userId(authentication), ProjectId.parse(id), userId(userId));
        return Problems.respond(getMember.getMember(query), request,
                member -> HttpResponse.ok(ProjectMemberResponse.from(member)));
    }

    @Post
    @Operation(summary = "Add a member", description = "Owners may. The user must have an account on this node.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ProjectMemberResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id, missing or invalid user_id (also: no such user) or role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are not an owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The user already is a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> addMember(@PathVariable String id, @Body @Valid AddMemberRequest body,
                                     Authentication authentication, HttpRequest<?> request) {
        var command = new AddProjectMemberCommand(Callers.userId(authentication), ProjectId.parse(id),
                userId(body.userId()), ProjectRole.parse("role", body.role()));
        return Problems.respond(addMember.addMember(command), request,
                member -> HttpResponse.created(ProjectMemberResponse.from(member))
                        .headers(h -> h.location(URI.create("/api/v1/projects/" + member.projectId()
                                + "/members/" + member.userId()))));
    }

    @Put("/{user_id}")
    @Operation(summary = "Change a member's role", description = "Owners may. The last owner cannot stop being one.")
    @ApiResponse(responseCode = "200", description = "The changed membership", content = @Content(schema = @Schema(implementation = ProjectMemberResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id or user_id, missing or invalid role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are not an owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, you are not a member, or the user is not", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The member is the project's only owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> changeRole(@PathVariable String id, @PathVariable("user_id") String userId,
                                      @Body @Valid ChangeRoleRequest body, Authentication authentication,
                                      HttpRequest<?> request) {
        var command = new ChangeMemberRoleCommand(Callers.userId(authentication), ProjectId.parse(id),
                userId(userId), ProjectRole.parse("role", body.role()));
        return Problems.respond(changeRole.changeRole(command), request,
                member -> HttpResponse.ok(ProjectMemberResponse.from(member)));
    }

    @Delete("/{user_id}")
    @Operation(summary = "Remove a member or leave", description = "Owners remove anyone; any member may remove themselves. The last owner cannot go.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", description = "Malformed id or user_id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are not an owner and not removing yourself", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, you are not a member, or the user is not", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The member is the project's only owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> removeMember(@PathVariable String id, @PathVariable("user_id") String userId,
                                        Authentication authentication, HttpRequest<?> request) {
        var command = new RemoveProjectMemberCommand(Callers.userId(authentication), ProjectId.parse(id),
                userId(userId));
        return Problems.respond(removeMember.removeMember(command), request, removed -> HttpResponse.noContent());
    }

    /** A user id from a path or body, with errors on field {@code user_id}. */
    private static UserId userId(String text) {
        return new UserId(Ids.parseUuid("user_id", text));
    }
}
