package io.cosmicsync.adapter.web.rest.collection;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaCommand;
import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.CollectionDefinition;
import io.cosmicsync.application.collection.port.in.DefineCollectionCommand;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.collection.port.in.GetCollectionQuery;
import io.cosmicsync.application.collection.port.in.GetCollectionUseCase;
import io.cosmicsync.application.collection.port.in.ListCollectionsQuery;
import io.cosmicsync.application.collection.port.in.ListCollectionsUseCase;
import io.cosmicsync.domain.project.ProjectId;
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

/**
 * {@code /api/v1/projects/{id}/collections}: the kinds of document an app keeps in a project, each with a
 * versioned JSON Schema, indexes and per-field conflict policies. Owners and editors define and change
 * them; every member reads them; to a non-member the project does not exist (404).
 */
@Controller("/api/v1/projects/{id}/collections")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "collections")
public class CollectionController {

    private final DefineCollectionUseCase defineCollection;
    private final ChangeCollectionSchemaUseCase changeSchema;
    private final GetCollectionUseCase getCollection;
    private final ListCollectionsUseCase listCollections;
    private final SchemaJson json;

    public CollectionController(DefineCollectionUseCase defineCollection, ChangeCollectionSchemaUseCase changeSchema,
                                GetCollectionUseCase getCollection, ListCollectionsUseCase listCollections,
                                SchemaJson json) {
        this.defineCollection = defineCollection;
        this.changeSchema = changeSchema;
        this.getCollection = getCollection;
        this.listCollections = listCollections;
        this.json = json;
    }

    @Post
    @Operation(summary = "Define a collection", description = "Owners and editors may. Its definition becomes version 1.")
    @ApiResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(implementation = CollectionResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid name, schema, indexes or conflict_policies", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The project has a collection of that name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> defineCollection(@PathVariable String id, @Body @Valid DefineCollectionRequest body,
                                            Authentication authentication, HttpRequest<?> request) {
        var command = new DefineCollectionCommand(Callers.userId(authentication), ProjectId.parse(id), body.name(),
                new CollectionDefinition(json.text(body.schema()), body.indexes(), body.conflictPolicies(), null));
        return Problems.respond(defineCollection.defineCollection(command), request,
                collection -> HttpResponse.created(CollectionResponse.from(collection, json))
                        .headers(h -> h.location(URI.create("/api/v1/projects/" + collection.projectId()
                                + "/collections/" + collection.name()))));
    }

    @Get
    @Operation(summary = "List a project's collections", description = "Any member may; by name.")
    @ApiResponse(responseCode = "200", description = "The collections", content = @Content(schema = @Schema(implementation = CollectionListResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> listCollections(@PathVariable String id, Authentication authentication,
                                           HttpRequest<?> request) {
        var query = new ListCollectionsQuery(Callers.userId(authentication), ProjectId.parse(id));
        return Problems.respond(listCollections.listCollections(query), request, collections -> HttpResponse.ok(
                new CollectionListResponse(collections.stream().map(c -> CollectionResponse.from(c, json)).toList())));
    }

    @Get("/{name}")
    @Operation(summary = "Read a collection", description = "Any member may. Shows the current version and the history.")
    @ApiResponse(responseCode = "200", description = "The collection", content = @Content(schema = @Schema(implementation = CollectionResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed id or name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project or collection, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> getCollection(@PathVariable String id, @PathVariable String name,
                                         Authentication authentication, HttpRequest<?> request) {
        var query = new GetCollectionQuery(Callers.userId(authentication), ProjectId.parse(id), name);
        return Problems.respond(getCollection.getCollection(query), request,
                collection -> HttpResponse.ok(CollectionResponse.from(collection, json)));
    }

    @Put("/{name}")
    @Operation(summary = "Add a schema version",
            description = "Owners and editors may. A schema that would break documents of the current version "
                    + "(a property removed or newly required, a type, enum or limit narrowed) needs a `migration`.")
    @ApiResponse(responseCode = "200", description = "The collection with its new version", content = @Content(schema = @Schema(implementation = CollectionResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid schema, indexes, conflict_policies or migration", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such project or collection, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A breaking change without a migration (the detail lists what breaks), or a version added meanwhile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> changeSchema(@PathVariable String id, @PathVariable String name,
                                        @Body @Valid ChangeSchemaRequest body, Authentication authentication,
                                        HttpRequest<?> request) {
        var command = new ChangeCollectionSchemaCommand(Callers.userId(authentication), ProjectId.parse(id), name,
                new CollectionDefinition(json.text(body.schema()), body.indexes(), body.conflictPolicies(),
                        body.migration()));
        return Problems.respond(changeSchema.changeSchema(command), request,
                collection -> HttpResponse.ok(CollectionResponse.from(collection, json)));
    }
}
