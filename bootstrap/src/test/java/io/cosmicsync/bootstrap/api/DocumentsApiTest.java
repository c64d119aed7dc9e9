package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DocumentsApiTest extends ApiTestSupport {

    private static final Map<String, Object> TASK_SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of(
                    "title", Map.of("type", "string", "maxLength", 200),
                    "status", Map.of("type", "string", "enum", List.of("open", "done")),
                    "score", Map.of("type", "number"),
                    "tags", Map.of("type", "array", "items", Map.of("type", "string")),
                    "address", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))),
                    "notes", Map.of("type", "string", "maxLength", 50, "x-collaborative", true)),
            "required", List.of("title"));

    @Inject
    ReadDocumentUseCase readDocument;

    private String project;
    private Caller ada;
    private Caller eddie;
    private Caller vic;

    /** Ada's project with a tasks collection (indexed on status and score), Eddie as editor, Vic as viewer. */
    @BeforeEach
    void projectWithTasks() {
        ada = newCaller("ada");
        eddie = newCaller("eddie");
        vic = newCaller("vic");
        project = (String) http.post("/api/v1/projects", ada.token(), Map.of("name", "Planner")).get("id");
        http.post("/api/v1/projects/" + project + "/members", ada.token(), Map.of("user_id", eddie.id(), "role", "editor"));
        http.post("/api/v1/projects/" + project + "/members", ada.token(), Map.of("user_id", vic.id(), "role", "viewer"));
        Http.Response defined = http.post("/api/v1/projects/" + project + "/collections", ada.token(),
                Map.of("name", "tasks", "schema", TASK_SCHEMA, "indexes", List.of("status", "score")));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    }

    private String documents() {
        return "/api/v1/projects/" + project + "/collections/tasks/documents";
    }

    private Http.Response patch(String path, String token, Map<String, ?> body) throws Exception {
        return http.send("PATCH", path, token, "application/merge-patch+json", json.writeValueAsString(body));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Http.Response response) {
        return (Map<String, Object>) response.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Response response) {
        return (List<Map<String, Object>>) response.get("items");
    }

    private static List<String> ids(Http.Response response) {
        return items(response).stream().map(item -> (String) item.get("id")).toList();
    }

    private Http.Response query(String parameters) {
        return http.get(documents() + "?" + parameters, vic.token());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void an_editor_creates_reads_replaces_patches_and_deletes_a_document() throws Exception {
        Http.Response created = http.post(documents(), eddie.token(),
                Map.of("title", "Plan", "status", "open", "address", Map.of("city", "Lyon", "zip", "69001")));
        String id = (String) created.get("id");
        Http.Response read = http.get(documents() + "/" + id, vic.token());
        Http.Response replaced = http.put(documents() + "/" + id, eddie.token(), Map.of("title", "Plan B", "score", 2.5));
        Http.Response patched = patch(documents() + "/" + id, eddie.token(),
                Map.of("status", "done", "address", Map.of("city", "Paris")));
        Map<String, Object> removeScore = new HashMap<>();
        removeScore.put("score", null);
        Http.Response unscored = patch(documents() + "/" + id, eddie.token(), removeScore);
        Http.Response deleted = http.delete(documents() + "/" + id, eddie.token());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(data(created)).isEqualTo(Map.of("title", "Plan", "status", "open",
                "address", Map.of("city", "Lyon", "zip", "69001")));
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(data(replaced)).isEqualTo(Map.of("title", "Plan B", "score", 2.5));
        assertThat(data(patched)).isEqualTo(Map.of("title", "Plan B", "score", 2.5, "status", "done",
                "address", Map.of("city", "Paris")));
        assertThat(data(unscored)).isEqualTo(Map.of("title", "Plan B", "status", "done", "address", Map.of("city", "Paris")));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get(documents() + "/" + id, ada.token()).status()).isEqualTo(404);
        assertThat(http.post(documents() + "?doc_id=" + id, ada.token(), Map.of("title", "again")).status()).isEqualTo(409);
        assertThat(patch(documents() + "/" + id, ada.token(), Map.of("title", "x")).status()).isEqualTo(404);
    }

    @Test
    void every_write_goes_through_the_sync_core_so_its_replica_state_matches_the_api() {
        http.put(documents() + "/task-1", eddie.token(), Map.of("title", "Plan", "score", 3));

        DocumentView view = readDocument.readDocument(new ReadDocumentCommand(new DocumentRef(project, "tasks", "task-1")))
                .orElseThrow();

        assertThat(view.fields()).containsEntry("title", new Resolution.Resolved(Value.of("Plan")))
                .containsEntry("score", new Resolution.Resolved(Value.of(3)));
    }

    @Test
    void a_viewer_cannot_write_and_a_non_member_can_neither_read_nor_write() throws Exception {
        Caller stranger = newCaller("stranger");
        http.put(documents() + "/t1", ada.token(), Map.of("title", "Plan", "notes", "hi"));

        List<Http.Response> viewerWrites = List.of(
                http.post(documents(), vic.token(), Map.of("title", "x")),
                http.put(documents() + "/t1", vic.token(), Map.of("title", "x")),
                patch(documents() + "/t1", vic.token(), Map.of("title", "x")),
                http.delete(documents() + "/t1", vic.token()),
                http.post(documents() + "/t1/text/notes", vic.token(), Map.of("operations", List.of(Map.of("position", 0, "insert", "x")))));
        List<Http.Response> strangerCalls = List.of(
                http.get(documents() + "/t1", stranger.token()),
                http.get(documents(), stranger.token()),
                http.post(documents() + "/query", stranger.token(), Map.of()),
                http.post(documents(), stranger.token(), Map.of("title", "x")),
                http.put(documents() + "/t1", stranger.token(), Map.of("title", "x")),
                patch(documents() + "/t1", stranger.token(), Map.of("title", "x")),
                http.delete(documents() + "/t1", stranger.token()),
                http.post(documents() + "/t1/text/notes", stranger.token(), Map.of("operations", List.of(Map.of("position", 0, "insert", "x")))));

        assertThat(viewerWrites).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(strangerCalls).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
        });
        assertThat(data(http.get(documents() + "/t1", vic.token()))).isEqualTo(Map.of("title", "Plan", "notes", "hi"));
        assertThat(ids(http.get(documents(), ada.token()))).containsExactly("t1");
    }

    @Test
    void a_document_that_breaks_the_schema_is_422_listing_each_violation() throws Exception {
        Http.Response created = http.post(documents(), ada.token(), Map.of("status", "later", "score", "high"));
        http.put(documents() + "/t1", ada.token(), Map.of("title", "Plan"));
        Map<String, Object> noTitle = new HashMap<>();
        noTitle.put("title", null);
        Http.Response patched = patch(documents() + "/t1", ada.token(), noTitle);

        assertThat(created.status()).as(created.body()).isEqualTo(422);
        assertThat(created.isProblem()).isTrue();
        assertThat(created.errorFields()).contains("/status", "/score", "");
        assertThat(patched.status()).isEqualTo(422);
        assertThat(data(http.get(documents() + "/t1", ada.token()))).isEqualTo(Map.of("title", "Plan"));
        assertThat(ids(http.get(documents(), ada.token()))).containsExactly("t1");
    }

    @Test
    void a_collaborative_text_field_takes_inserts_and_deletes_and_returns_the_current_text() {
        http.put(documents() + "/t1", ada.token(), Map.of("title", "Plan", "notes", "Hello world"));

        Http.Response edited = http.post(documents() + "/t1/text/notes", eddie.token(), Map.of("operations", List.of(
                Map.of("position", 5, "delete", 6), Map.of("position", 5, "insert", ", 🌍!"))));
        Http.Response replaced = http.put(documents() + "/t1", eddie.token(), Map.of("title", "Plan", "notes", "Oh, 🌍!"));
        Http.Response outside = http.post(documents() + "/t1/text/notes", eddie.token(), Map.of("operations", List.of(
                Map.of("position", 99, "insert", "x"))));
        Http.Response tooLong = http.post(documents() + "/t1/text/notes", eddie.token(), Map.of("operations", List.of(
                Map.of("position", 0, "insert", "x".repeat(60)))));
        Http.Response notText = http.post(documents() + "/t1/text/title", eddie.token(), Map.of("operations", List.of(
                Map.of("position", 0, "insert", "x"))));
        DocumentView view = readDocument.readDocument(new ReadDocumentCommand(new DocumentRef(project, "tasks", "t1")))
                .orElseThrow();

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json()).isEqualTo(Map.of("id", "t1", "field", "notes", "text", "Hello, 🌍!"));
        assertThat(data(replaced)).containsEntry("notes", "Oh, 🌍!");
        assertThat(view.texts()).containsEntry("notes", "Oh, 🌍!");
        assertThat(view.fields()).doesNotContainKey("notes");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("/notes");
        assertThat(notText.status()).isEqualTo(400);
        assertThat(notText.errorFields()).containsExactly("field");
    }

    @Test
    void queries_filter_sort_project_and_page_with_a_cursor() {
        String[][] rows = {{"a", "open", "5", "Lyon"}, {"b", "done", "3", "Paris"}, {"c", "open", "1", "Paris"},
                {"d", "open", "8", ""}, {"e", "done", "5", "Lyon"}};
        for (String[] row : rows) {
            Map<String, Object> doc = new HashMap<>(Map.of("title", "Task " + row[0], "status", row[1],
                    "score", Integer.parseInt(row[2]), "tags", row[0].equals("a") ? List.of("urgent") : List.of()));
            if (!row[3].isEmpty()) {
                doc.put("address", Map.of("city", row[3]));
            }
            assertThat(http.put(documents() + "/" + row[0], ada.token(), doc).status()).isEqualTo(200);
        }

        assertThat(ids(query("filter=" + encoded("{\"status\":\"open\"}")))).containsExactly("a", "c", "d");
        assertThat(ids(query("filter=" + encoded("{\"status\":{\"ne\":\"open\"}}")))).containsExactly("b", "e");
        assertThat(ids(query("filter=" + encoded("{\"score\":{\"gte\":3,\"lt\":8}}") + "&sort=-score"))).containsExactly("a", "e", "b");
        assertThat(ids(query("filter=" + encoded("{\"address.city\":{\"in\":[\"Paris\"]}}")))).containsExactly("b", "c");
        assertThat(ids(query("filter=" + encoded("{\"tags\":{\"contains\":\"urgent\"}}")))).containsExactly("a");
        assertThat(ids(query("filter=" + encoded("{\"title\":{\"contains\":\"sk d\"}}")))).containsExactly("d");
        assertThat(ids(query("filter=" + encoded("{\"address\":{\"exists\":false}}")))).containsExactly("d");
        assertThat(ids(query("filter=" + encoded("{\"$or\":[{\"score\":1},{\"$and\":[{\"status\":\"done\"},{\"score\":{\"gt\":4}}]}]}"))))
                .containsExactly("c", "e");
        assertThat(items(query("filter=" + encoded("{\"status\":\"done\"}") + "&fields=score,address.city")))
                .containsExactly(Map.of("id", "b", "data", Map.of("score", 3, "address", Map.of("city", "Paris"))),
                        Map.of("id", "e", "data", Map.of("score", 5, "address", Map.of("city", "Lyon"))));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Response page = query("sort=-score,title&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            paged.addAll(ids(page));
            cursor = (String) page.get("next_cursor");
            pages++;
        } while (cursor != null);
        assertThat(paged).containsExactly("d", "a", "e", "b", "c");
        assertThat(pages).isEqualTo(3);

        Http.Response byBody = http.post(documents() + "/query", vic.token(), Map.of("filter", Map.of("status", "open"),
                "sort", List.of("-score"), "limit", 1, "fields", List.of("title")));
        assertThat(items(byBody)).containsExactly(Map.of("id", "d", "data", Map.of("title", "Task d")));
        assertThat(byBody.get("next_cursor")).isNotNull();
    }

    @Test
    void malformed_queries_are_400_problems_naming_what_to_fix() {
        String deep = "{\"$or\":[{\"$or\":[{\"$or\":[{\"$or\":[{\"$or\":[{\"a\":1}]}]}]}]}]}";
        Map<String, String> bad = Map.of(
                "filter=" + encoded("{\"score\":{\"near\":3}}"), "filter",
                "filter=" + encoded("{\"score\":"), "filter",
                "filter=" + encoded(deep), "filter",
                "filter=" + encoded("{\"score\":{\"lt\":[1]}}"), "filter",
                "filter=" + encoded("{\"$not\":{}}"), "filter",
                "cursor=bm90LWEtY3Vyc29y", "cursor",
                "limit=501", "limit",
                "sort=" + encoded("score;drop"), "sort",
                "fields=" + encoded("a..b"), "fields");

        bad.forEach((parameters, field) -> {
            Http.Response response = query(parameters);
            assertThat(response.status()).as(parameters + ": " + response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).as(parameters).containsExactly(field);
        });
        String otherSortCursor = (String) query("sort=title&limit=1").get("next_cursor");
        assertThat(query("sort=score&cursor=" + otherSortCursor).errorFields()).containsExactly("cursor");
        assertThat(http.post(documents() + "?doc_id=" + encoded("no spaces"), ada.token(), Map.of("title", "x"))
                .errorFields()).containsExactly("id");
        assertThat(http.send("POST", documents(), ada.token(), "application/json", "[1,2]").status()).isEqualTo(400);
        assertThat(http.send("POST", documents(), ada.token(), "application/json", "{\"title\":").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/projects/" + project + "/collections/notes/documents", ada.token()).status())
                .isEqualTo(404);
    }
}
