package io.cosmicsync.adapter.web.rest.project;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.in.GetProjectQuery;
import io.cosmicsync.application.project.port.in.GetProjectUseCase;
import io.cosmicsync.application.project.port.in.ListProjectsQuery;
import io.cosmicsync.application.project.port.in.ListProjectsUseCase;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.port.in.UpdateProjectUseCase;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.Valid;
import java.net.URI;

/**
 * {@code /api/v1/projects}: any signed-in user creates projects and becomes their owner. Access to a
 * project follows the caller's role in it (decided by the application's project access policy): every
 * member reads it, owners and editors change it, owners delete it. To a non-member a project does not
 * exist (404). This replaces the first API's rule that only the creator could change or delete.
 */
@Controller("/api/v1/projects")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "projects")
public class ProjectController {

    private final CreateProjectUseCase createProject;
    private final GetProjectUseCase getProject;
    private final UpdateProjectUseCase updateProject;
    private final DeleteProjectUseCase deleteProject;
    private final ListProjectsUseCase listProjects;

    public ProjectController(CreateProjectUseCase createProject, GetProjectUseCase getProject,
                             UpdateProjectUseCase updateProject, DeleteProjectUseCase deleteProject,
                             ListProjectsUseCase listProjects) {
        this.createProject = createProject;
        this.getProject = getProject;
        this.updateProject = updateProject;
        this.deleteProject = deleteProject;
        this.listProjects = listProjects;
    }

    @Post
    @Operation(summary = "Create a project", description = "The caller becomes its creator and its owner.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectResponse> createProject(@Body @Valid CreateProjectRequest body, Authentication authentication) {
        Project project = createProject.createProject(
                new CreateProjectCommand(Callers.userId(authentication), body.name(), body.description()));
        return HttpResponse.created(ProjectResponse.from(project), URI.create("/api/v1/projects/" + project.id()));
    }

    @Get
    @Operation(summary = "List your projects",
            description = "The projects you are a member of, in any role. Filters combine with AND. "
                    + "Pages are stable: pass `next` back as `cursor` with the same sort.")
    @ApiResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = ProjectPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectPageResponse listProjects(
            @Parameter(description = "Only projects created by this user id") @QueryValue @Nullable String creator,
            @Parameter(description = "Only names containing this text, ignoring case") @QueryValue("name_contains") @Nullable String nameContains,
            @Parameter(description = "created_at, -created_at (default), name or -name") @QueryValue @Nullable String sort,
            @Parameter(description = "The `next` value of the previous page") @QueryValue @Nullable String cursor,
            @Parameter(description = "Page size, 1 to 100, default 20") @QueryValue @Nullable Integer limit,
            Authentication authentication) {
        return ProjectPageResponse.from(listProjects.listProjects(new ListProjectsQuery(
                Callers.userId(authentication), creator, nameContains, sort, cursor, limit)));
    }

    @Get("/{id}")
    @Operation(summary = "Read a project", description = "Any member may.")
    @ApiResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getProject(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        var query = new GetProjectQuery(Callers.userId(authentication), ProjectId.parse(id));
        return Problems.respond(getProject.getProject(query), request,
                project -> HttpResponse.ok(ProjectResponse.from(project)));
    }

    @Put("/{id}")
    @Operation(summary = "Change a project",
            description = "Owners and editors may. Fields left out keep their value.")
    @ApiResponse(responseCode = "200", description = "The changed project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateProject(@PathVariable String id, @Body UpdateProjectRequest body,
                                  Authentication authentication, HttpRequest<?> request) {
        var command = new UpdateProjectCommand(Callers.userId(authentication), ProjectId.parse(id), body.name(),
                body.description());
        return Problems.respond(updateProject.updateProject(command), request,
                project -> HttpResponse.ok(ProjectResponse.from(project)));
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a project", description = "Owners may. Its memberships go with it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are an editor or viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> deleteProject(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        var command = new DeleteProjectCommand(Callers.userId(authentication), ProjectId.parse(id));
        return Problems.respond(deleteProject.deleteProject(command), request, deleted -> HttpResponse.noContent());
    }
}
