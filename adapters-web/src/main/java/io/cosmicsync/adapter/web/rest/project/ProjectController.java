package io.cosmicsync.adapter.web.rest.project;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
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

/** {@code /api/v1/projects}: any signed-in user reads; only a project's creator changes or deletes it. */
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
    @Operation(summary = "Create a project", description = "The caller becomes its creator.")
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
    @Operation(summary = "List projects",
            description = "Filters combine with AND. Pages are stable: pass `next` back as `cursor` with the same sort.")
    @ApiResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = ProjectPageResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectPageResponse listProjects(
            @Parameter(description = "Only projects created by this user id") @QueryValue @Nullable String creator,
            @Parameter(description = "Only names containing this text, ignoring case") @QueryValue("name_contains") @Nullable String nameContains,
            @Parameter(description = "created_at, -created_at (default), name or -name") @QueryValue @Nullable String sort,
            @Parameter(description = "The `next` value of the previous page") @QueryValue @Nullable String cursor,
            @Parameter(description = "Page size, 1 to 100, default 20") @QueryValue @Nullable Integer limit) {
        return ProjectPageResponse.from(listProjects.listProjects(
                new ListProjectsQuery(creator, nameContains, sort, cursor, limit)));
    }

    @Get("/{id}")
    @Operation(summary = "Read a project")
    @ApiResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getProject(@PathVariable String id, HttpRequest<?> request) {
        return Problems.respond(getProject.getProject(ProjectId.parse(id)), request,
                project -> HttpResponse.ok(ProjectResponse.from(project)));
    }

    @Put("/{id}")
    @Operation(summary = "Change a project you created", description = "Fields left out keep their value.")
    @ApiResponse(responseCode = "200", description = "The changed project", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not the creator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> updateProject(@PathVariable String id, @Body UpdateProjectRequest body,
                                  Authentication authentication, HttpRequest<?> request) {
        var command = new UpdateProjectCommand(Callers.userId(authentication), ProjectId.parse(id), body.name(),
                body.description());
        return Problems.respond(updateProject.updateProject(command), request,
                project -> HttpResponse.ok(ProjectResponse.from(project)));
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a project you created")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not the creator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> deleteProject(@PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        var command = new DeleteProjectCommand(Callers.userId(authentication), ProjectId.parse(id));
        return Problems.respond(deleteProject.deleteProject(command), request, deleted -> HttpResponse.noContent());
    }
}
