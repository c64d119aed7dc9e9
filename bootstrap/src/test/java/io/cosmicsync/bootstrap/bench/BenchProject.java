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
        return fromLogin(http, "access_token");
    }

    /**
     * A refresh token of a new session of ada on the node behind {@code http} (she logs in), or {@code null} while that
     * node does not know her yet: what an app keeps to renew its session without the password.
     */
    static String refreshToken(Http http) {
        return fromLogin(http, "refresh_token");
    }

    /** The {@code field} of ada's login response on the node behind {@code http}, or {@code null} if she cannot log in. */
    private static String fromLogin(Http http, String field) {
        Http.Response login = http.post("/api/v1/auth/login", null, Map.of("username", "ada", "password", "correct horse"));
        return login.status() == 200 ? (String) login.get(field) : null;
    }

    /**
     * An access token for ada renewed with {@code refreshToken} (no password hash: what an app that already has a session
     * does after its node restarts), or {@code null} while the node cannot answer yet. The refresh token is single-use.
     *
     * @throws AssertionError when the node refuses the refresh token (used, expired or unknown)
     */
    static String tokenRenewedWith(Http http, String refreshToken) {
        Http.Response renewed = http.post("/api/v1/auth/refresh", null, Map.of("refresh_token", refreshToken));
        if (renewed.status() == 401) {
            throw new AssertionError("the node refused the kept refresh token: " + renewed.body());
        }
        return renewed.status() == 200 ? (String) renewed.get("access_token") : null;
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
