package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.bootstrap.support.Http;
import java.util.Map;

/**
 * The account, project and collection the two-node sync benchmarks write to: user ada, project "Bench", collection
 * "items" whose documents hold an integer {@code n}, created on one node through its REST API.
 *
 * @param token   ada's access token on that node
 * @param project the project's id
 */
record BenchProject(String token, String project) {

    /** Registers ada on the node behind {@code http}, logs her in and creates the project and its collection. */
    static BenchProject createOn(Http http) {
        http.post("/api/v1/users", null, Map.of("username", "ada", "email", "ada@example.org", "password", "correct horse"));
        String token = token(http);
        String project = (String) http.post("/api/v1/projects", token, Map.of("name", "Bench", "description", "")).get("id");
        BenchProject bench = new BenchProject(token, project);
        http.post(bench.collections(), token, Map.of("name", "items", "schema",
                Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer")))));
        return bench;
    }

    /** An access token for ada on the node behind {@code http}, or {@code null} while that node does not know her yet. */
    static String token(Http http) {
        Http.Response login = http.post("/api/v1/auth/login", null, Map.of("username", "ada", "password", "correct horse"));
        return login.status() == 200 ? (String) login.get("access_token") : null;
    }

    /** {@code /api/v1/projects/<id>/collections}. */
    String collections() {
        return "/api/v1/projects/" + project + "/collections";
    }

    /** {@code .../collections/items/documents/}, to which a document id is appended. */
    String documents() {
        return documentsOf(project);
    }

    /** {@link #documents()} of the bench project with id {@code project}. */
    static String documentsOf(String project) {
        return "/api/v1/projects/" + project + "/collections/items/documents/";
    }
}
