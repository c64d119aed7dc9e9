package io.cosmicsync.adapter.web.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
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
import io.cosmicsync.application.document.query.DocumentPage;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.FilterParser;
import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Documents: {@code document}, {@code documents} and the document mutations, on the same use cases as
 * {@code /api/v1/projects/{id}/collections/{name}/documents}: members read and query, owners and editors
 * write, through the sync core (so every write is a change that subscribers hear and peers receive).
 */
@Singleton
public class DocumentFetchers {

    private final WriteDocumentUseCase writeDocument;
    private final DeleteDocumentUseCase deleteDocument;
    private final EditTextUseCase editText;
    private final GetDocumentUseCase getDocument;
    private final QueryDocumentsUseCase queryDocuments;
    private final JsonScalar json;

    /** Creates the fetchers over the document use cases. */
    public DocumentFetchers(WriteDocumentUseCase writeDocument, DeleteDocumentUseCase deleteDocument,
                            EditTextUseCase editText, GetDocumentUseCase getDocument,
                            QueryDocumentsUseCase queryDocuments, JsonScalar json) {
        this.writeDocument = writeDocument;
        this.deleteDocument = deleteDocument;
        this.editText = editText;
        this.getDocument = getDocument;
        this.queryDocuments = queryDocuments;
        this.json = json;
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("document", env -> view(getDocument.getDocument(new GetDocumentQuery(
                        GraphqlCaller.require(env), Arguments.projectId(env, "projectId"), env.getArgument("collection"),
                        env.getArgument("id"), paths(env)))))
                .dataFetcher("documents", this::query));
        wiring.type("Mutation", type -> type
                .dataFetcher("createDocument", env -> write(env, "data", WriteMode.CREATE))
                .dataFetcher("replaceDocument", env -> write(env, "data", WriteMode.REPLACE))
                .dataFetcher("patchDocument", env -> write(env, "patch", WriteMode.MERGE))
                .dataFetcher("deleteDocument", env -> GraphqlRefusal.valueOf(deleteDocument.deleteDocument(
                        new DeleteDocumentCommand(GraphqlCaller.require(env), Arguments.projectId(env, "projectId"),
                                env.getArgument("collection"), env.getArgument("id")))))
                .dataFetcher("editText", this::editText));
    }

    private DocumentView write(DataFetchingEnvironment env, String argument, WriteMode mode) {
        return view(writeDocument.writeDocument(new WriteDocumentCommand(GraphqlCaller.require(env),
                Arguments.projectId(env, "projectId"), env.getArgument("collection"), env.getArgument("id"),
                DocumentValues.fields(env.getArgument(argument), argument), mode)));
    }

    private DocumentView editText(DataFetchingEnvironment env) {
        List<Map<String, Object>> edits = env.getArgument("edits");
        List<TextEdit> textEdits = edits.stream().map(edit -> new TextEdit((Integer) edit.get("position"),
                edit.get("delete") == null ? 0 : (Integer) edit.get("delete"), (String) edit.get("insert"))).toList();
        return view(editText.editText(new EditTextCommand(GraphqlCaller.require(env),
                Arguments.projectId(env, "projectId"), env.getArgument("collection"), env.getArgument("id"),
                env.getArgument("field"), textEdits)));
    }

    private DocumentPageView query(DataFetchingEnvironment env) {
        Integer limit = env.getArgument("limit");
        List<String> sort = env.getArgument("sort");
        Object filter = env.getArgument("filter");
        DocumentSelection selection = new DocumentSelection(Arguments.projectId(env, "projectId"),
                new CollectionName(env.getArgument("collection")),
                FilterParser.parse(filter == null ? null : DocumentValues.value(filter, "filter")),
                SortKey.parseList(sort == null ? null : String.join(",", sort)), env.getArgument("cursor"),
                limit == null ? DocumentSelection.DEFAULT_LIMIT : limit, paths(env));
        DocumentPage page = GraphqlRefusal.valueOf(queryDocuments.queryDocuments(
                new QueryDocumentsQuery(GraphqlCaller.require(env), selection)));
        return new DocumentPageView(page.items().stream().map(this::view).toList(), page.nextCursor().orElse(null));
    }

    private static List<FieldPath> paths(DataFetchingEnvironment env) {
        List<String> fields = env.getArgument("fields");
        return fields == null ? List.of() : fields.stream().map(f -> FieldPath.parse("fields", f)).distinct().toList();
    }

    private DocumentView view(Outcome<StoredDocument> outcome) {
        return view(GraphqlRefusal.valueOf(outcome));
    }

    private DocumentView view(StoredDocument document) {
        return new DocumentView(document.id(), json.parse(document.json()));
    }

    /** {@code Document}: its id and its JSON object. */
    public record DocumentView(String id, Object data) {
    }

    /** {@code DocumentPage}: documents in the query's order and the cursor of the next page, if any. */
    public record DocumentPageView(List<DocumentView> items, String next) {
    }
}
