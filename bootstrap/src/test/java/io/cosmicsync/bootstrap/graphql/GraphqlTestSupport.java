package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Base of the GraphQL tests: posts operations to {@code /graphql} and reads data and errors. */
abstract class GraphqlTestSupport extends ApiTestSupport {

    /** Posts {@code query} with {@code variables} as {@code caller} (null: no token); the status must be 200. */
    protected Result graphql(Caller caller, String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        Http.Response response = http.post("/graphql", caller == null ? null : caller.token(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new Result(response);
    }

    protected Result graphql(Caller caller, String query) {
        return graphql(caller, query, null);
    }

    /** Creates a project as {@code owner} through GraphQL and returns its id. */
    protected String createProject(Caller owner, String name) {
        Result created = graphql(owner, "mutation($n: String!) { createProject(input: {name: $n}) { id } }",
                Map.of("n", name));
        assertThat(created.errors()).isEmpty();
        return (String) created.map("createProject").get("id");
    }

    /** Adds {@code member} to {@code projectId} with {@code role} (OWNER, EDITOR, VIEWER). */
    protected void addMember(Caller owner, String projectId, Caller member, String role) {
        Result added = graphql(owner, "mutation($p: ID!, $u: ID!, $r: Role!) { addMember(projectId: $p, userId: $u, role: $r) { role } }",
                Map.of("p", projectId, "u", member.id(), "r", role));
        assertThat(added.errors()).as(added.body()).isEmpty();
    }

    /** A GraphQL response. */
    protected record Result(Http.Response response) {

        String body() {
            return response.body();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) response.get("data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String field) {
            return (Map<String, Object>) data().get(field);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            Object errors = response.get("errors");
            return errors == null ? List.of() : (List<Map<String, Object>>) errors;
        }

        /** The {@code extensions.code} of each error, in order. */
        @SuppressWarnings("unchecked")
        List<Object> codes() {
            return errors().stream().map(e -> ((Map<String, Object>) e.get("extensions")).get("code")).toList();
        }
    }
}
