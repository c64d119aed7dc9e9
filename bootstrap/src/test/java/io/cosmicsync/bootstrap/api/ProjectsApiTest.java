package io.cosmicsync.bootstrap.api;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProjectsApiTest extends ApiTestSupport {

    @Test
    void creates_a_project_owned_by_the_caller_and_reads_it_back() {
        Caller ada = newCaller("ada");

        Http.Response created = http.post("/api/v1/projects", ada.token(),
                Map.of("name", "Analytical Engine", "description", "Notes on the engine"));
        Http.Response read = http.get("/api/v1/projects/" + created.get("id"), ada.token());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("creator_id")).isEqualTo(ada.id());
        assertThat(created.get("created_at")).isNotNull();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).containsEntry("name", "Analytical Engine")
                .containsEntry("description", "Notes on the engine")
                .containsEntry("created_at", created.get("created_at"));
    }

    /** Ada's project with Eddie as editor and Vic as viewer, added through the members API. */
    private String projectWithRoles(Caller ada, Caller eddie, Caller vic) {
        String id = (String) http.post("/api/v1/projects", ada.token(), Map.of("name", "Engine")).get("id");
        assertThat(http.post("/api/v1/projects/" + id + "/members", ada.token(),
                Map.of("user_id", eddie.id(), "role", "editor")).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/projects/" + id + "/members", ada.token(),
                Map.of("user_id", vic.id(), "role", "viewer")).status()).isEqualTo(201);
        return id;
    }

    @Test
    void every_member_reads_a_project_owners_and_editors_change_it() {
        Caller ada = newCaller("ada");
        Caller eddie = newCaller("eddie");
        Caller vic = newCaller("vic");
        String id = projectWithRoles(ada, eddie, vic);

        Http.Response eddieUpdates = http.put("/api/v1/projects/" + id, eddie.token(), Map.of("description", "v2"));
        Http.Response adaUpdates = http.put("/api/v1/projects/" + id, ada.token(), Map.of("name", "Engine 2"));
        Http.Response vicReads = http.get("/api/v1/projects/" + id, vic.token());

        assertThat(eddieUpdates.status()).isEqualTo(200);
        assertThat(eddieUpdates.json()).containsEntry("name", "Engine").containsEntry("description", "v2");
        assertThat(adaUpdates.status()).isEqualTo(200);
        assertThat(vicReads.status()).isEqualTo(200);
        assertThat(vicReads.json()).containsEntry("name", "Engine 2").containsEntry("creator_id", ada.id());
    }

    @Test
    void a_viewer_cannot_write_and_only_an_owner_deletes() {
        Caller ada = newCaller("ada");
        Caller eddie = newCaller("eddie");
        Caller vic = newCaller("vic");
        String id = projectWithRoles(ada, eddie, vic);

        Http.Response vicUpdates = http.put("/api/v1/projects/" + id, vic.token(), Map.of("name", "Vic's"));
        Http.Response vicDeletes = http.delete("/api/v1/projects/" + id, vic.token());
        Http.Response eddieDeletes = http.delete("/api/v1/projects/" + id, eddie.token());

        assertThat(vicUpdates.status()).isEqualTo(403);
        assertThat(vicUpdates.isProblem()).isTrue();
        assertThat(vicUpdates.get("detail"))
                .isEqualTo("A project viewer may not change the project; only owners and editors may.");
        assertThat(vicDeletes.status()).isEqualTo(403);
        assertThat(eddieDeletes.status()).isEqualTo(403);
        assertThat(eddieDeletes.get("detail")).isEqualTo("A project editor may not delete the project; only owners may.");
        assertThat(http.get("/api/v1/projects/" + id, vic.token()).get("name")).isEqualTo("Engine");

        assertThat(http.delete("/api/v1/projects/" + id, ada.token()).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/projects/" + id, ada.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/projects/" + id, vic.token()).status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/projects/" + id, ada.token()).status()).isEqualTo(404);
    }

    @Test
    void a_non_member_can_neither_read_nor_change_a_project_and_is_told_it_does_not_exist() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String id = (String) http.post("/api/v1/projects", ada.token(), Map.of("name", "Engine")).get("id");

        Http.Response bobReads = http.get("/api/v1/projects/" + id, bob.token());
        Http.Response bobUpdates = http.put("/api/v1/projects/" + id, bob.token(), Map.of("name", "Mine now"));
        Http.Response bobDeletes = http.delete("/api/v1/projects/" + id, bob.token());
        Http.Response missing = http.get("/api/v1/projects/00000000-0000-4000-8000-000000000000", bob.token());

        assertThat(bobReads.status()).isEqualTo(404);
        assertThat(bobReads.isProblem()).isTrue();
        assertThat(bobReads.get("detail")).isEqualTo("No project " + id + " exists.");
        assertThat(bobUpdates.status()).isEqualTo(404);
        assertThat(bobDeletes.status()).isEqualTo(404);
        assertThat(missing.get("title")).isEqualTo(bobReads.get("title"));
        assertThat(http.get("/api/v1/projects/" + id, ada.token()).get("name")).isEqualTo("Engine");
    }

    @Test
    void lists_only_the_projects_the_caller_is_a_member_of() {
        Caller ada = newCaller("ada");
        Caller vic = newCaller("vic");
        String tag = uniqueName("mine");
        String shared = (String) http.post("/api/v1/projects", ada.token(), Map.of("name", tag + " shared")).get("id");
        http.post("/api/v1/projects", ada.token(), Map.of("name", tag + " private"));
        http.post("/api/v1/projects/" + shared + "/members", ada.token(), Map.of("user_id", vic.id(), "role", "viewer"));
        String vicsOwn = (String) http.post("/api/v1/projects", vic.token(), Map.of("name", tag + " vic")).get("id");

        Http.Response vicsList = http.get("/api/v1/projects?name_contains=" + tag + "&sort=name", vic.token());
        Http.Response adasList = http.get("/api/v1/projects?name_contains=" + tag, ada.token());

        assertThat(((List<?>) vicsList.get("items")).stream().map(item -> (Object) ((Map<?, ?>) item).get("id")).toList())
                .containsExactly(shared, vicsOwn);
        assertThat((List<?>) adasList.get("items")).hasSize(2);
    }

    @Test
    void refuses_invalid_projects_naming_the_field() {
        Caller ada = newCaller("ada");

        Http.Response noName = http.post("/api/v1/projects", ada.token(), Map.of("description", "x"));
        Http.Response blankName = http.post("/api/v1/projects", ada.token(), Map.of("name", "   "));
        Http.Response longName = http.post("/api/v1/projects", ada.token(), Map.of("name", "n".repeat(101)));
        Http.Response anonymous = http.post("/api/v1/projects", null, Map.of("name", "x"));
        Http.Response nulByte = http.post("/api/v1/projects", ada.token(), Map.of("name", "a\u0000b"));

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorFields()).containsExactly("name");
        assertThat(blankName.errorFields()).containsExactly("name");
        assertThat(longName.errorFields()).containsExactly("name");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(nulByte.status()).isEqualTo(400);
        assertThat(nulByte.errorFields()).containsExactly("name");
    }

    @Test
    void pages_through_a_filtered_list_in_a_stable_order_seeing_each_project_once() {
        Caller ada = newCaller("ada");
        String tag = uniqueName("tag");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add((String) http.post("/api/v1/projects", ada.token(),
                    Map.of("name", tag + " project " + (char) ('a' + i))).get("id"));
        }

        for (String sort : List.of("created_at", "-created_at", "name", "-name")) {
            List<String> seen = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                String query = "/api/v1/projects?creator=" + ada.id() + "&sort=" + sort + "&limit=10"
                        + (cursor == null ? "" : "&cursor=" + cursor);
                Http.Response page = http.get(query, ada.token());
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                for (Object item : (List<?>) page.get("items")) {
                    seen.add((String) ((Map<?, ?>) item).get("id"));
                    names.add((String) ((Map<?, ?>) item).get("name"));
                }
                cursor = (String) page.get("next");
                pages++;
            } while (cursor != null);

            assertThat(pages).as(sort).isEqualTo(3);
            assertThat(seen).as(sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
            if (sort.equals("name")) {
                assertThat(names).isSorted();
            }
            if (sort.equals("created_at")) {
                assertThat(seen).containsExactlyElementsOf(created);
            }
        }
    }

    @Test
    void filters_by_name_taking_wildcards_literally() {
        Caller ada = newCaller("ada");
        String tag = uniqueName("lit");
        http.post("/api/v1/projects", ada.token(), Map.of("name", tag + " 100% done"));
        http.post("/api/v1/projects", ada.token(), Map.of("name", tag + " 1000 done"));

        Http.Response percent = http.get("/api/v1/projects?name_contains="
                + URLEncoder.encode("100%", StandardCharsets.UTF_8) + "&creator=" + ada.id(), ada.token());
        Http.Response upper = http.get("/api/v1/projects?name_contains=" + tag.toUpperCase(), ada.token());

        assertThat((List<?>) percent.get("items")).hasSize(1);
        assertThat((List<?>) upper.get("items")).hasSize(2);
    }

    @Test
    void answers_bad_list_parameters_with_400_naming_the_parameter() {
        Caller ada = newCaller("ada");

        Http.Response tooMany = http.get("/api/v1/projects?limit=101", ada.token());
        Http.Response zero = http.get("/api/v1/projects?limit=0", ada.token());
        Http.Response notNumber = http.get("/api/v1/projects?limit=ten", ada.token());
        Http.Response badSort = http.get("/api/v1/projects?sort=owner", ada.token());
        Http.Response badCursor = http.get("/api/v1/projects?cursor=%21%21", ada.token());
        Http.Response badCreator = http.get("/api/v1/projects?creator=me", ada.token());

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("limit");
        assertThat(zero.errorFields()).containsExactly("limit");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.isProblem()).isTrue();
        assertThat(badSort.errorFields()).containsExactly("sort");
        assertThat(badCursor.errorFields()).containsExactly("cursor");
        assertThat(badCreator.errorFields()).containsExactly("creator");
    }

    @Test
    void answers_unknown_and_malformed_project_ids() {
        Caller ada = newCaller("ada");

        assertThat(http.get("/api/v1/projects/00000000-0000-4000-8000-000000000000", ada.token()).status()).isEqualTo(404);
        assertThat(http.put("/api/v1/projects/00000000-0000-4000-8000-000000000000", ada.token(), Map.of("name", "x"))
                .status()).isEqualTo(404);
        Http.Response malformed = http.get("/api/v1/projects/123", ada.token());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
    }
}
