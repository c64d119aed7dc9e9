package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GraphqlApiTest extends GraphqlTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void a_user_creates_a_project_and_reads_it_with_its_members_users_and_profiles() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada, "Analytical Engine");
        addMember(ada, project, bob, "VIEWER");

        Result read = graphql(bob, """
                query($id: ID!) { project(id: $id) { id name creator { username email }
                  members { role user { id username email profile { skills } } } } }""", Map.of("id", project));

        assertThat(read.errors()).as(read.body()).isEmpty();
        Map<String, Object> p = read.map("project");
        assertThat(p).containsEntry("id", project).containsEntry("name", "Analytical Engine");
        assertThat((Map<String, Object>) p.get("creator")).containsEntry("username", ada.username())
                .containsEntry("email", null);
        List<Map<String, Object>> members = (List<Map<String, Object>>) p.get("members");
        assertThat(members).extracting(m -> m.get("role") + " " + ((Map<String, Object>) m.get("user")).get("username"))
                .containsExactly("OWNER " + ada.username(), "VIEWER " + bob.username());
        assertThat((Map<String, Object>) members.get(1).get("user"))
                .containsEntry("email", bob.username() + "@example.org");
    }

    @Test
    void an_operation_without_a_token_is_unauthenticated_but_registration_needs_none() {
        String name = uniqueName("cy");
        Result registered = graphql(null, """
                mutation($u: String!, $e: String!) { registerUser(input: {username: $u, email: $e, password: "correct horse battery"}) { username email } }""",
                Map.of("u", name, "e", name + "@example.org"));
        Result me = graphql(null, "{ me { id } }");

        assertThat(registered.errors()).as(registered.body()).isEmpty();
        assertThat(registered.map("registerUser")).containsEntry("username", name);
        assertThat(me.codes()).containsExactly("UNAUTHENTICATED");
    }

    @Test
    void a_query_that_does_not_parse_or_validate_is_a_graphql_error_with_a_code() {
        Caller ada = newCaller("ada");

        assertThat(graphql(ada, "{ me { id ").codes()).containsExactly("GRAPHQL_PARSE_FAILED");
        assertThat(graphql(ada, "{ me { shoeSize } }").codes()).containsExactly("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void a_query_deeper_than_the_limit_is_refused() {
        Caller ada = newCaller("ada");
        String deep = "{ me { profile { user { profile { user { profile { user { profile { user { profile { user { id } } } } } } } } } } } }";

        Result result = graphql(ada, deep);

        assertThat(result.codes()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(result.body()).doesNotContain("at io.").doesNotContain("Exception");
    }

    @Test
    void a_query_longer_than_the_limit_is_refused_before_parsing() {
        Caller ada = newCaller("ada");
        String longQuery = "{ me { id } }" + " ".repeat(25_000);

        assertThat(graphql(ada, longQuery).codes()).containsExactly("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void a_malformed_id_is_bad_user_input_naming_the_field() {
        Caller ada = newCaller("ada");

        Result result = graphql(ada, "{ project(id: \"nope\") { id } }");

        assertThat(result.codes()).containsExactly("BAD_USER_INPUT");
        assertThat(result.data()).containsEntry("project", null);
    }

    @Test
    void graphiql_is_not_served_by_default() {
        assertThat(http.get("/graphiql", null).status()).isIn(401, 404);
    }
}
