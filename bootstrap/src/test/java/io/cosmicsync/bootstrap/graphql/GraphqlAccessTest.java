package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphQL obeys the same project rules as REST, because it calls the same use cases and so the one
 * project access policy: a viewer reads but cannot write, a non-member cannot even see the project.
 */
@MicronautTest(transactional = false)
class GraphqlAccessTest extends GraphqlTestSupport {

    private static final String SCHEMA = "{type: \"object\", properties: {title: {type: \"string\"}}}";

    @Test
    void a_viewer_reads_a_project_but_cannot_change_it_define_collections_or_add_members() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        Caller cy = newCaller("cy");
        String project = createProject(ada, "Engine");
        addMember(ada, project, bob, "VIEWER");

        Result read = graphql(bob, "query($p: ID!) { project(id: $p) { name collections { name } } }", Map.of("p", project));
        Result update = graphql(bob, "mutation($p: ID!) { updateProject(id: $p, input: {name: \"Mine\"}) { name } }",
                Map.of("p", project));
        Result define = graphql(bob, "mutation($p: ID!) { defineCollection(projectId: $p, input: {name: \"notes\", schema: "
                + SCHEMA + "}) { name } }", Map.of("p", project));
        Result add = graphql(bob, "mutation($p: ID!, $u: ID!) { addMember(projectId: $p, userId: $u, role: EDITOR) { role } }",
                Map.of("p", project, "u", cy.id()));
        Result delete = graphql(bob, "mutation($p: ID!) { deleteProject(id: $p) }", Map.of("p", project));

        assertThat(read.errors()).as(read.body()).isEmpty();
        assertThat(read.map("project")).containsEntry("name", "Engine");
        assertThat(update.codes()).containsExactly("FORBIDDEN");
        assertThat(define.codes()).containsExactly("FORBIDDEN");
        assertThat(add.codes()).containsExactly("FORBIDDEN");
        assertThat(delete.codes()).containsExactly("FORBIDDEN");
        assertThat(graphql(ada, "query($p: ID!) { project(id: $p) { name } }", Map.of("p", project)).map("project"))
                .containsEntry("name", "Engine");
    }

    @Test
    void an_editor_changes_the_project_and_defines_a_collection_that_members_then_read() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada, "Engine");
        addMember(ada, project, bob, "EDITOR");

        Result define = graphql(bob, "mutation($p: ID!) { defineCollection(projectId: $p, input: {name: \"notes\", schema: "
                + SCHEMA + ", indexes: [\"title\"], conflictPolicies: [{field: \"title\", policy: \"keep_both\"}]}) { name version } }",
                Map.of("p", project));
        Result read = graphql(ada, "query($p: ID!) { collection(projectId: $p, name: \"notes\") { version schema indexes conflictPolicies { field policy } } }",
                Map.of("p", project));

        assertThat(define.errors()).as(define.body()).isEmpty();
        assertThat(define.map("defineCollection")).containsEntry("name", "notes").containsEntry("version", 1);
        assertThat(read.errors()).as(read.body()).isEmpty();
        assertThat(read.map("collection").get("schema")).isEqualTo(Map.of("type", "object",
                "properties", Map.of("title", Map.of("type", "string"))));
        assertThat(read.map("collection").get("conflictPolicies"))
                .isEqualTo(java.util.List.of(Map.of("field", "title", "policy", "keep_both")));
    }

    @Test
    void a_non_member_is_told_the_project_does_not_exist_whatever_it_asks() {
        Caller ada = newCaller("ada");
        Caller eve = newCaller("eve");
        String project = createProject(ada, "Engine");

        Result read = graphql(eve, "query($p: ID!) { project(id: $p) { name } }", Map.of("p", project));
        Result collection = graphql(eve, "query($p: ID!) { collection(projectId: $p, name: \"notes\") { name } }",
                Map.of("p", project));
        Result update = graphql(eve, "mutation($p: ID!) { updateProject(id: $p, input: {name: \"Mine\"}) { name } }",
                Map.of("p", project));
        Result join = graphql(eve, "mutation($p: ID!, $u: ID!) { addMember(projectId: $p, userId: $u, role: OWNER) { role } }",
                Map.of("p", project, "u", eve.id()));

        assertThat(read.codes()).containsExactly("NOT_FOUND");
        assertThat(read.data()).containsEntry("project", null);
        assertThat(collection.codes()).containsExactly("NOT_FOUND");
        assertThat(update.codes()).containsExactly("NOT_FOUND");
        assertThat(join.codes()).containsExactly("NOT_FOUND");
        assertThat(read.body()).doesNotContain("Engine");
    }

    @Test
    void the_members_of_a_listed_project_are_hidden_from_nobody_who_may_list_it() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String mine = createProject(ada, "Mine");
        createProject(bob, "Theirs");

        Result page = graphql(ada, "{ projects(limit: 100) { items { id members { user { username } } } } }");

        assertThat(page.errors()).as(page.body()).isEmpty();
        assertThat(page.body()).contains(mine).contains(ada.username()).doesNotContain("Theirs")
                .doesNotContain(bob.username());
    }

    @Test
    void a_user_changes_their_own_profile_but_not_someone_elses() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String mutation = "mutation($u: ID!) { updateProfile(userId: $u, input: {name: \"Ada\", skills: [\"Java\"]}) { name skills } }";

        Result own = graphql(ada, mutation, Map.of("u", ada.id()));
        Result other = graphql(ada, mutation, Map.of("u", bob.id()));

        assertThat(own.errors()).as(own.body()).isEmpty();
        assertThat(own.map("updateProfile")).containsEntry("name", "Ada");
        assertThat(other.codes()).containsExactly("FORBIDDEN");
    }
}
