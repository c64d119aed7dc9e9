package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class CollectionsApiTest extends ApiTestSupport {

    private static final Map<String, Object> TASK_SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of(
                    "title", Map.of("type", "string", "maxLength", 200),
                    "score", Map.of("type", "integer"),
                    "address", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))),
            "required", List.of("title"));

    private String project;
    private Caller ada;
    private Caller eddie;
    private Caller vic;

    /** Ada's project with Eddie as editor and Vic as viewer. */
    private void projectWithRoles() {
        ada = newCaller("ada");
        eddie = newCaller("eddie");
        vic = newCaller("vic");
        project = (String) http.post("/api/v1/projects", ada.token(), Map.of("name", "Planner")).get("id");
        http.post("/api/v1/projects/" + project + "/members", ada.token(), Map.of("user_id", eddie.id(), "role", "editor"));
        http.post("/api/v1/projects/" + project + "/members", ada.token(), Map.of("user_id", vic.id(), "role", "viewer"));
    }

    private String collections() {
        return "/api/v1/projects/" + project + "/collections";
    }

    private Http.Response define(Caller caller, Map<String, ?> body) {
        return http.post(collections(), caller.token(), body);
    }

    private static Map<String, Object> tasks(Map<String, ?> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "tasks", "schema", TASK_SCHEMA));
        body.putAll(extra);
        return body;
    }

    /** TASK_SCHEMA with property {@code name} set to {@code schema}, or removed when it is null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskSchemaWith(String name, Map<String, Object> schema) {
        Map<String, Object> copy = new HashMap<>(TASK_SCHEMA);
        Map<String, Object> properties = new HashMap<>((Map<String, Object>) TASK_SCHEMA.get("properties"));
        if (schema == null) {
            properties.remove(name);
        } else {
            properties.put(name, schema);
        }
        copy.put("properties", properties);
        return copy;
    }

    @Test
    void an_editor_defines_a_collection_and_every_member_reads_it() {
        projectWithRoles();

        Http.Response defined = define(eddie, tasks(Map.of("indexes", List.of("title", "address.city"),
                "conflict_policies", Map.of("score", "keep_maximum"))));
        Http.Response read = http.get(collections() + "/tasks", vic.token());
        Http.Response listed = http.get(collections(), vic.token());

        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(defined.json()).containsEntry("name", "tasks").containsEntry("version", 1)
                .containsEntry("schema", TASK_SCHEMA).containsEntry("indexes", List.of("title", "address.city"))
                .containsEntry("conflict_policies", Map.of("score", "keep_maximum"))
                .containsEntry("project_id", project);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(defined.json());
        assertThat((List<?>) listed.get("items")).hasSize(1);
    }

    @Test
    void a_viewer_cannot_define_or_change_a_collection_and_a_non_member_cannot_even_read_one() {
        projectWithRoles();
        Caller stranger = newCaller("stranger");
        define(ada, tasks(Map.of()));

        Http.Response vicDefines = define(vic, Map.of("name", "notes", "schema", TASK_SCHEMA));
        Http.Response vicChanges = http.put(collections() + "/tasks", vic.token(), Map.of("schema", TASK_SCHEMA));
        Http.Response strangerReads = http.get(collections() + "/tasks", stranger.token());
        Http.Response strangerLists = http.get(collections(), stranger.token());
        Http.Response strangerDefines = define(stranger, Map.of("name", "notes", "schema", TASK_SCHEMA));

        assertThat(vicDefines.status()).isEqualTo(403);
        assertThat(vicDefines.isProblem()).isTrue();
        assertThat(vicChanges.status()).isEqualTo(403);
        assertThat(strangerReads.status()).isEqualTo(404);
        assertThat(strangerLists.status()).isEqualTo(404);
        assertThat(strangerDefines.status()).isEqualTo(404);
        assertThat((List<?>) http.get(collections(), ada.token()).get("items")).hasSize(1);
    }

    @Test
    void adding_an_optional_property_becomes_version_2() {
        projectWithRoles();
        define(ada, tasks(Map.of()));

        Http.Response changed = http.put(collections() + "/tasks", eddie.token(),
                Map.of("schema", taskSchemaWith("due", Map.of("type", "string", "format", "date")),
                        "indexes", List.of("due")));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("version", 2).containsEntry("indexes", List.of("due"));
        assertThat((List<?>) changed.get("versions")).hasSize(2);
    }

    @Test
    void a_breaking_change_is_refused_with_what_breaks_unless_it_declares_a_migration() {
        projectWithRoles();
        define(ada, tasks(Map.of()));
        Map<String, Object> withoutScore = taskSchemaWith("score", null);

        Http.Response refused = http.put(collections() + "/tasks", ada.token(), Map.of("schema", withoutScore));
        Http.Response migrated = http.put(collections() + "/tasks", ada.token(),
                Map.of("schema", withoutScore, "migration", "score moves to the scores collection"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactly("schema");
        assertThat((String) refused.get("detail")).contains("property 'score' was removed")
                .contains("declare a migration");
        assertThat(migrated.status()).as(migrated.body()).isEqualTo(200);
        assertThat((List<?>) migrated.get("versions")).last()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("version", 2).containsEntry("migration", "score moves to the scores collection");
    }

    @Test
    void a_second_collection_of_the_same_name_is_409_and_an_unknown_one_404() {
        projectWithRoles();
        define(ada, tasks(Map.of()));

        Http.Response again = define(eddie, tasks(Map.of()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("name");
        assertThat(http.get(collections() + "/notes", ada.token()).status()).isEqualTo(404);
        assertThat(http.put(collections() + "/notes", ada.token(), Map.of("schema", TASK_SCHEMA)).status())
                .isEqualTo(404);
    }

    @Test
    void bad_definitions_get_400_naming_the_field_to_fix() {
        projectWithRoles();

        Map<String, Http.Response> responses = Map.of(
                "name", define(ada, Map.of("name", "My Tasks", "schema", TASK_SCHEMA)),
                "schema", define(ada, Map.of("name", "tasks", "schema", "object")),
                "schema ", define(ada, Map.of("name", "tasks", "schema", Map.of("type", "object", "minProperties", -1))),
                "schema  ", define(ada, Map.of("name", "tasks", "schema", Map.of("type", "string"))),
                "schema   ", define(ada, Map.of("name", "tasks")),
                "indexes", define(ada, tasks(Map.of("indexes", List.of("due")))),
                "conflict_policies", define(ada, tasks(Map.of("conflict_policies", Map.of("score", "highest")))));
        Http.Response badPathName = http.get(collections() + "/Tasks", ada.token());
        Http.Response badProject = http.post("/api/v1/projects/123/collections", ada.token(), tasks(Map.of()));

        responses.forEach((field, response) -> {
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).as(field).containsExactly(field.strip());
        });
        assertThat((String) responses.get("indexes").get("detail")).contains("'due' is not a property the schema declares");
        assertThat(badPathName.errorFields()).containsExactly("name");
        assertThat(badProject.errorFields()).containsExactly("id");
        assertThat((List<?>) http.get(collections(), ada.token()).get("items")).isEmpty();
    }
}
