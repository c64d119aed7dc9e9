package io.cosmicsync.adapter.web.rest.document;

import io.cosmicsync.adapter.web.error.Problem;
import io.cosmicsync.adapter.web.error.Problems;
import io.cosmicsync.adapter.web.security.Callers;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DeleteDocumentCommand;
import io.cosmicsync.application.document.port.in.DeleteDocumentUseCase;
import io.cosmicsync.application.document.port.in.EditTextCommand;
import io.cosmicsync.application.document.port.in.EditTextUseCase;
import io.cosmicsync.application.document.port.in.GetDocumentQuery;
import io.cosmicsync.application.document.port.in.GetDocumentUseCase;
import io.cosmicsync.application.document.port.in.QueryDocumentsQuery;
import io.cosmicsync.application.document.port.in.QueryDocumentsUseCase;
import io.cosmicsync.application.document.port.in.TextEdit;
import io.cosmicsync.application.document.port.in.WriteDocumentCommand;
import io.cosmicsync.application.document.port.in.WriteDocumentUseCase;
import io.cosmicsync.application.document.port.in.WriteMode;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.FilterParser;
import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
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
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/v1/projects/{id}/collections/{name}/documents}: a collection's documents. Every write goes
 * through the sync core (one change, replicated to peers) after a check against the collection's current
 * schema (422 listing the violations). Owners and editors write, every member reads, a viewer's write is
 * 403 and to a non-member the project does not exist (404). The query form is in docs/documents.md.
 */
@Controller("/api/v1/projects/{id}/collections/{name}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "documents")
@ApiResponse(responseCode = "400", description = "Malformed id, name, body, filter, sort, limit, cursor or fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No or bad token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such project, collection or document, or you are not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentController {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final WriteDocumentUseCase writeDocument;
    private final DeleteDocumentUseCase deleteDocument;
    private final EditTextUseCase editText;
    private final GetDocumentUseCase getDocument;
    private final QueryDocumentsUseCase queryDocuments;
    private final DocumentJson json;

    public DocumentController(WriteDocumentUseCase writeDocument, DeleteDocumentUseCase deleteDocument,
                              EditTextUseCase editText, GetDocumentUseCase getDocument,
                              QueryDocumentsUseCase queryDocuments, DocumentJson json) {
        this.writeDocument = writeDocument;
        this.deleteDocument = deleteDocument;
        this.editText = editText;
        this.getDocument = getDocument;
        this.queryDocuments = queryDocuments;
        this.json = json;
    }

    @Post
    @Operation(summary = "Create a document", description = "Owners and editors may. The body is the document (a JSON object); "
            + "its id is `doc_id` when given, a new UUID otherwise.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The id is taken (also by a deleted document)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The document does not match the collection's schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> createDocument(@PathVariable String id, @PathVariable String name,
                                          @Parameter(description = "The new document's id; a UUID when absent") @QueryValue("doc_id") @Nullable String docId,
                                          @Body JsonNode body, Authentication authentication, HttpRequest<?> request) {
        Outcome<StoredDocument> outcome = write(id, name, docId, body, WriteMode.CREATE, authentication);
        return Problems.respond(outcome, request, document -> HttpResponse.created(response(document))
                .headers(h -> h.location(URI.create(request.getPath() + "/" + document.id()))));
    }

    @Get("/{docId}")
    @Operation(summary = "Read a document", description = "Any member may.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    public HttpResponse<?> getDocument(@PathVariable String id, @PathVariable String name, @PathVariable String docId,
                                       @Parameter(description = "Fields to show, comma-separated (e.g. title,address.city); all when absent") @QueryValue @Nullable String fields,
                                       Authentication authentication, HttpRequest<?> request) {
        var query = new GetDocumentQuery(Callers.userId(authentication), ProjectId.parse(id), name, docId, paths(fields));
        return Problems.respond(getDocument.getDocument(query), request, document -> HttpResponse.ok(response(document)));
    }

    @Put("/{docId}")
    @Operation(summary = "Replace a document", description = "Owners and editors may. Fields not in the body are removed; "
            + "creates the document when the id was never used.")
    @ApiResponse(responseCode = "200", description = "The stored document", content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The document does not match the collection's schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> replaceDocument(@PathVariable String id, @PathVariable String name, @PathVariable String docId,
                                           @Body JsonNode body, Authentication authentication, HttpRequest<?> request) {
        return Problems.respond(write(id, name, docId, body, WriteMode.REPLACE, authentication), request,
                document -> HttpResponse.ok(response(document)));
    }

    @Patch("/{docId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Patch a document", description = "Owners and editors may. A JSON merge patch (RFC 7396): "
            + "given fields are set, null removes a field, objects merge.")
    @ApiResponse(responseCode = "200", description = "The stored document", content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "The patched document does not match the collection's schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> patchDocument(@PathVariable String id, @PathVariable String name, @PathVariable String docId,
                                         @Body JsonNode body, Authentication authentication, HttpRequest<?> request) {
        return Problems.respond(write(id, name, docId, body, WriteMode.MERGE, authentication), request,
                document -> HttpResponse.ok(response(document)));
    }

    @Delete("/{docId}")
    @Operation(summary = "Delete a document", description = "Owners and editors may. Final: the id is not reused.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> deleteDocument(@PathVariable String id, @PathVariable String name, @PathVariable String docId,
                                          Authentication authentication, HttpRequest<?> request) {
        var command = new DeleteDocumentCommand(Callers.userId(authentication), ProjectId.parse(id), name, docId);
        return Problems.respond(deleteDocument.deleteDocument(command), request, deleted -> HttpResponse.noContent());
    }

    @Post("/{docId}/text/{field}")
    @Operation(summary = "Edit a collaborative text field", description = "Owners and editors may. Operations apply in "
            + "order as one change; positions count Unicode code points. Returns the current text.")
    @ApiResponse(responseCode = "200", description = "The text after the edit", content = @Content(schema = @Schema(implementation = TextResponse.class)))
    @ApiResponse(responseCode = "403", description = "You are a viewer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "A position outside the text, or the result breaks the schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> editText(@PathVariable String id, @PathVariable String name, @PathVariable String docId,
                                    @PathVariable String field, @Body @Valid TextEditRequest body,
                                    Authentication authentication, HttpRequest<?> request) {
        List<TextEdit> edits = body.operations().stream().map(op -> new TextEdit(op.position(),
                op.delete() == null ? 0 : op.delete(), op.insert())).toList();
        var command = new EditTextCommand(Callers.userId(authentication), ProjectId.parse(id), name, docId, field, edits);
        return Problems.respond(editText.editText(command), request, document -> {
            JsonNode text = json.tree(document).get(field);
            return HttpResponse.ok(new TextResponse(document.id(), field,
                    text != null && text.isString() ? text.getStringValue() : ""));
        });
    }

    @Get
    @Operation(summary = "Query documents", description = "Any member may. Filter (JSON, see docs/documents.md), sort, "
            + "cursor pagination and projection.")
    @ApiResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DocumentPageResponse.class)))
    public HttpResponse<?> queryDocuments(@PathVariable String id, @PathVariable String name,
                                          @Parameter(description = "JSON filter, e.g. {\"status\":\"open\",\"score\":{\"gte\":3}}") @QueryValue @Nullable String filter,
                                          @Parameter(description = "Sort keys, e.g. -score,title (- for descending); then by id") @QueryValue @Nullable String sort,
                                          @Parameter(description = "Page size, 1 to 500, default 50") @QueryValue @Nullable Integer limit,
                                          @Parameter(description = "The next_cursor of the previous page") @QueryValue @Nullable String cursor,
                                          @Parameter(description = "Fields to show, comma-separated; all when absent") @QueryValue @Nullable String fields,
                                          Authentication authentication, HttpRequest<?> request) {
        return page(id, name, json.filter(filter), sort, cursor, limit, paths(fields), authentication, request);
    }

    @Post("/query")
    @Operation(summary = "Query documents (JSON body)", description = "The same query as GET, with the filter as JSON in the body.")
    @ApiResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DocumentPageResponse.class)))
    public HttpResponse<?> queryDocumentsByBody(@PathVariable String id, @PathVariable String name,
                                                @Body QueryRequest body, Authentication authentication,
                                                HttpRequest<?> request) {
        return page(id, name, body.filter() == null ? null : json.value(body.filter(), "filter"),
                body.sort() == null ? null : String.join(",", body.sort()), body.cursor(), body.limit(),
                paths(body.fields() == null ? null : String.join(",", body.fields())), authentication, request);
    }

    private HttpResponse<?> page(String id, String name, Value filter, String sort, String cursor, Integer limit,
                                 List<FieldPath> fields, Authentication authentication, HttpRequest<?> request) {
        var selection = new DocumentSelection(ProjectId.parse(id), new CollectionName(name), FilterParser.parse(filter),
                SortKey.parseList(sort), cursor, limit == null ? DocumentSelection.DEFAULT_LIMIT : limit, fields);
        return Problems.respond(queryDocuments.queryDocuments(new QueryDocumentsQuery(Callers.userId(authentication),
                selection)), request, page -> HttpResponse.ok(new DocumentPageResponse(
                page.items().stream().map(this::response).toList(), page.nextCursor().orElse(null))));
    }

    private Outcome<StoredDocument> write(String projectId, String name, String docId, JsonNode body, WriteMode mode,
                                          Authentication authentication) {
        return writeDocument.writeDocument(new WriteDocumentCommand(Callers.userId(authentication),
                ProjectId.parse(projectId), name, docId, json.fields(body, "body"), mode));
    }

    private DocumentResponse response(StoredDocument document) {
        return new DocumentResponse(document.id(), json.tree(document));
    }

    private static List<FieldPath> paths(String fields) {
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        List<FieldPath> paths = Arrays.stream(fields.split(",", -1)).map(f -> FieldPath.parse("fields", f.strip()))
                .distinct().toList();
        if (paths.size() > DocumentSelection.MAX_FIELDS) {
            throw new InvalidValueException("fields", "must name at most " + DocumentSelection.MAX_FIELDS + " fields");
        }
        return paths;
    }
}
