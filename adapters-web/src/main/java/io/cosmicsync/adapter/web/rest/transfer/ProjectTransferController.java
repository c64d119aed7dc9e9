package io.cosmicsync.adapter.web.rest.transfer;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.rest.project.ProjectResponse;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.transfer.ArchivedDocument;
import io.cosmicsync.application.transfer.port.in.ExportProjectQuery;
import io.cosmicsync.application.transfer.port.in.ExportProjectUseCase;
import io.cosmicsync.application.transfer.port.in.ImportProjectUseCase;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;

/**
 * Project export and import (docs/export-import.md): {@code GET /api/v1/projects/{id}/export} (any member)
 * as a JSON archive, or one collection as CSV with {@code ?format=csv&collection=NAME};
 * {@code POST /api/v1/projects/import} with an archive creates a new project owned by the caller.
 */
@Controller("/api/v1/projects")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "projects")
public class ProjectTransferController {

    /** Media type of CSV exports. */
    public static final String TEXT_CSV = "text/csv";

    private final ExportProjectUseCase exportProject;
    private final ImportProjectUseCase importProject;
    private final ProjectArchiveJson archives;
    private final ProjectCsv csv;

    public ProjectTransferController(ExportProjectUseCase exportProject, ImportProjectUseCase importProject,
                                     ProjectArchiveJson archives, ProjectCsv csv) {
        this.exportProject = exportProject;
        this.importProject = importProject;
        this.archives = archives;
        this.csv = csv;
    }

    @Get(value = "/{id}/export", produces = {MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Export a project", description = "Any member may. A JSON archive of the project, its collection definitions "
            + "(every version) and the current JSON of its documents; or, with format=csv and collection=NAME, that collection's documents as CSV.")
    @ApiResponse(responseCode = "200", description = "The archive (application/json) or the CSV (text/csv)")
    @ApiResponse(responseCode = "400", description = "Unknown format, or csv without a collection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> export(@PathVariable String id, @Nullable @QueryValue String format, @Nullable @QueryValue String collection,
                                  Authentication authentication, HttpRequest<?> request) {
        String chosen = format == null ? "json" : format;
        if (!chosen.equals("json") && !chosen.equals("csv")) {
            return Problems.invalidField("format", "must be json or csv", request);
        }
        if (chosen.equals("csv") && (collection == null || collection.isBlank())) {
            return Problems.invalidField("collection", "must name the collection to export as CSV", request);
        }
        ProjectId project = ProjectId.parse(id);
        return Problems.respond(exportProject.exportProject(new ExportProjectQuery(Callers.userId(authentication), project)), request,
                archive -> {
                    if (chosen.equals("json")) {
                        return HttpResponse.ok(archives.write(archive)).contentType(MediaType.APPLICATION_JSON_TYPE)
                                .header("Content-Disposition", "attachment; filename=\"project-" + project + ".json\"");
                    }
                    List<ArchivedDocument> documents = archive.documents().stream().filter(d -> d.collection().equals(collection)).toList();
                    return HttpResponse.ok(csv.write(documents)).contentType(TEXT_CSV + "; charset=utf-8")
                            .header("Content-Disposition", "attachment; filename=\"" + collection + ".csv\"");
                });
    }

    @Post("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a project", description = "Creates a new project owned by you from an export archive: its collections "
            + "(every version) and documents, written through the sync core so they replicate.")
    @ApiResponse(responseCode = "201", description = "Imported", content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @ApiResponse(responseCode = "400", description = "Not an archive, or an invalid part (named in errors); nothing is left behind", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Larger than micronaut.server.max-request-size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectResponse> importProject(@Body byte[] body, Authentication authentication) {
        Project project = importProject.importProject(archives.read(body, Callers.userId(authentication)));
        return HttpResponse.created(ProjectResponse.from(project)).headers(h -> h.location(URI.create("/api/v1/projects/" + project.id())));
    }
}
