package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectMembersApiTest extends ApiTestSupport {

    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    private String createProject(Caller owner) {
        Http.Response created = http.post("/api/v1/projects", owner.token(), Map.of("name", "Engine"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.get("id");
    }

    private static String members(String projectId) {
        return "/api/v1/projects/" + projectId + "/members";
    }

    private Http.Response add(Caller caller, String projectId, String userId, String role) {
        return http.post(members(projectId), caller.token(), Map.of("user_id", userId, "role", role));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Response response) {
        return (List<Map<String, Object>>) response.get("items");
    }

    @Test
    void the_creator_is_the_first_owner_and_the_only_member_of_a_new_project() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);

        Http.Response list = http.get(members(project), ada.token());

        assertThat(list.status()).isEqualTo(200);
        assertThat(items(list)).hasSize(1);
        assertThat(items(list).get(0)).containsEntry("project_id", project).containsEntry("user_id", ada.id())
                .containsEntry("role", "owner").containsKey("added_at");
    }

    @Test
    void an_owner_adds_reads_changes_and_removes_a_member() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);

        Http.Response added = add(ada, project, bob.id(), "viewer");
        Http.Response read = http.get(members(project) + "/" + bob.id(), bob.token());
        Http.Response changed = http.put(members(project) + "/" + bob.id(), ada.token(), Map.of("role", "editor"));
        Http.Response listed = http.get(members(project), bob.token());
        Http.Response removed = http.delete(members(project) + "/" + bob.id(), ada.token());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json()).containsEntry("user_id", bob.id()).containsEntry("role", "viewer");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(added.json());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("role", "editor").containsEntry("added_at", added.get("added_at"));
        assertThat(items(listed)).extracting(m -> m.get("user_id") + " " + m.get("role"))
                .containsExactly(ada.id() + " owner", bob.id() + " editor");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/projects/" + project, bob.token()).status()).isEqualTo(404);
        assertThat(items(http.get(members(project), ada.token()))).hasSize(1);
    }

    @Test
    void the_location_of_a_new_membership_reads_it() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);

        Http.Response added = http.send("POST", members(project), ada.token(), "application/json",
                "{\"user_id\":\"" + bob.id() + "\",\"role\":\"editor\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(http.get(members(project) + "/" + bob.id(), ada.token()).get("role")).isEqualTo("editor");
    }

    @Test
    void a_viewer_sees_the_members_but_cannot_manage_them() {
        Caller ada = newCaller("ada");
        Caller vic = newCaller("vic");
        Caller carol = newCaller("carol");
        String project = createProject(ada);
        add(ada, project, vic.id(), "viewer");

        Http.Response vicLists = http.get(members(project), vic.token());
        Http.Response vicAdds = add(vic, project, carol.id(), "viewer");
        Http.Response vicPromotes = http.put(members(project) + "/" + vic.id(), vic.token(), Map.of("role", "owner"));
        Http.Response vicRemovesAda = http.delete(members(project) + "/" + ada.id(), vic.token());

        assertThat(vicLists.status()).isEqualTo(200);
        assertThat(vicAdds.status()).isEqualTo(403);
        assertThat(vicAdds.isProblem()).isTrue();
        assertThat(vicAdds.get("detail"))
                .isEqualTo("A project viewer may not manage the project's members; only owners may.");
        assertThat(vicPromotes.status()).isEqualTo(403);
        assertThat(vicRemovesAda.status()).isEqualTo(403);
        assertThat(items(http.get(members(project), ada.token())))
                .extracting(m -> m.get("role")).containsExactly("owner", "viewer");
    }

    @Test
    void an_editor_cannot_manage_members_either() {
        Caller ada = newCaller("ada");
        Caller eddie = newCaller("eddie");
        Caller carol = newCaller("carol");
        String project = createProject(ada);
        add(ada, project, eddie.id(), "editor");

        assertThat(add(eddie, project, carol.id(), "viewer").status()).isEqualTo(403);
    }

    @Test
    void a_non_member_gets_404_from_every_members_endpoint() {
        Caller ada = newCaller("ada");
        Caller stranger = newCaller("stranger");
        String project = createProject(ada);

        List<Http.Response> responses = List.of(
                http.get(members(project), stranger.token()),
                http.get(members(project) + "/" + ada.id(), stranger.token()),
                add(stranger, project, stranger.id(), "owner"),
                http.put(members(project) + "/" + ada.id(), stranger.token(), Map.of("role", "viewer")),
                http.delete(members(project) + "/" + ada.id(), stranger.token()),
                http.get(members(NO_SUCH_ID), ada.token()));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        });
        assertThat(items(http.get(members(project), ada.token()))).hasSize(1);
    }

    @Test
    void a_member_may_leave_a_project() {
        Caller ada = newCaller("ada");
        Caller vic = newCaller("vic");
        String project = createProject(ada);
        add(ada, project, vic.id(), "viewer");

        assertThat(http.delete(members(project) + "/" + vic.id(), vic.token()).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/projects/" + project, vic.token()).status()).isEqualTo(404);
    }

    @Test
    void the_last_owner_can_be_neither_demoted_nor_removed_409_says_why() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);

        Http.Response demoted = http.put(members(project) + "/" + ada.id(), ada.token(), Map.of("role", "editor"));
        Http.Response removed = http.delete(members(project) + "/" + ada.id(), ada.token());

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.isProblem()).isTrue();
        assertThat(demoted.errorFields()).containsExactly("role");
        assertThat((String) demoted.get("detail")).contains("only owner").contains("make another member an owner first");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.errorFields()).containsExactly("user_id");
        assertThat(items(http.get(members(project), ada.token()))).extracting(m -> m.get("role"))
                .containsExactly("owner");
    }

    @Test
    void ownership_can_be_handed_over_and_the_former_owner_then_leaves() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);
        add(ada, project, bob.id(), "owner");

        assertThat(http.delete(members(project) + "/" + ada.id(), ada.token()).status()).isEqualTo(204);
        assertThat(http.put("/api/v1/projects/" + project, bob.token(), Map.of("name", "Bob's")).status())
                .isEqualTo(200);
        assertThat(http.delete("/api/v1/projects/" + project, bob.token()).status()).isEqualTo(204);
    }

    @Test
    void adding_someone_who_already_is_a_member_is_409_naming_user_id() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);
        add(ada, project, bob.id(), "viewer");

        Http.Response again = add(ada, project, bob.id(), "editor");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("user_id");
        assertThat(http.get(members(project) + "/" + bob.id(), ada.token()).get("role")).isEqualTo("viewer");
    }

    @Test
    void bad_members_requests_get_400_naming_the_field_to_fix() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);

        Http.Response noUser = http.post(members(project), ada.token(), Map.of("role", "viewer"));
        Http.Response malformedUser = add(ada, project, "bob", "viewer");
        Http.Response unknownUser = add(ada, project, NO_SUCH_ID, "viewer");
        Http.Response noRole = http.post(members(project), ada.token(), Map.of("user_id", bob.id()));
        Http.Response badRole = add(ada, project, bob.id(), "admin");
        Http.Response upperRole = add(ada, project, bob.id(), "OWNER");
        Http.Response badProject = add(ada, "123", bob.id(), "viewer");
        Http.Response badPathUser = http.put(members(project) + "/xyz", ada.token(), Map.of("role", "viewer"));
        Http.Response putNoRole = http.put(members(project) + "/" + ada.id(), ada.token(), Map.of());

        assertThat(List.of(noUser, malformedUser, unknownUser, noRole, badRole, upperRole, badProject, badPathUser,
                putNoRole)).allSatisfy(response -> {
                    assertThat(response.status()).as(response.body()).isEqualTo(400);
                    assertThat(response.isProblem()).isTrue();
                });
        assertThat(noUser.errorFields()).containsExactly("user_id");
        assertThat(malformedUser.errorFields()).containsExactly("user_id");
        assertThat(unknownUser.errorFields()).containsExactly("user_id");
        assertThat((String) unknownUser.get("detail")).contains("names no user of this node");
        assertThat(noRole.errorFields()).containsExactly("role");
        assertThat(badRole.errorFields()).containsExactly("role");
        assertThat((String) badRole.get("detail")).contains("owner, editor, viewer");
        assertThat(upperRole.errorFields()).containsExactly("role");
        assertThat(badProject.errorFields()).containsExactly("id");
        assertThat(badPathUser.errorFields()).containsExactly("user_id");
        assertThat(putNoRole.errorFields()).containsExactly("role");
        assertThat(items(http.get(members(project), ada.token()))).hasSize(1);
    }

    @Test
    void unknown_members_unauthenticated_callers_and_non_json_bodies_are_refused() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada);

        Http.Response unknownGet = http.get(members(project) + "/" + bob.id(), ada.token());
        Http.Response unknownPut = http.put(members(project) + "/" + bob.id(), ada.token(), Map.of("role", "viewer"));
        Http.Response unknownDelete = http.delete(members(project) + "/" + bob.id(), ada.token());
        Http.Response anonymous = http.get(members(project), null);
        Http.Response notJson = http.send("POST", members(project), ada.token(), "text/plain", "bob please");

        assertThat(unknownGet.status()).isEqualTo(404);
        assertThat(unknownGet.get("detail")).isEqualTo("No member " + bob.id() + " in project " + project + " exists.");
        assertThat(unknownPut.status()).isEqualTo(404);
        assertThat(unknownDelete.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.isProblem()).isTrue();
    }
}
