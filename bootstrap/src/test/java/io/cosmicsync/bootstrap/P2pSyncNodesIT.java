package io.cosmicsync.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import io.cosmicsync.bootstrap.support.TcpProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data created through one node's REST API reaching other nodes over the p2p sync protocol: whole nodes as
 * processes, each with its own data directory and embedded database, on loopback.
 */
class P2pSyncNodesIT {

    private static final Duration CONVERGED = Duration.ofSeconds(45);
    private final NodeCluster cluster = new NodeCluster();

    @AfterEach
    void stopNodes() throws Exception {
        cluster.close();
    }

    @Test
    void a_project_created_on_one_node_appears_on_the_other_and_edits_on_both_converge() throws Exception {
        Node a = cluster.start(cluster.dataDir(), 0);
        Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", a.multiaddr());
        String tokenA = registerAndLogIn(a.http(), "ada");
        String projectId = (String) a.http().post("/api/v1/projects", tokenA,
                Map.of("name", "Garden", "description", "Plan the beds")).get("id");

        String tokenB = logIn(b.http(), "ada");
        await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100))
                .until(() -> b.http().get("/api/v1/projects/" + projectId, tokenB).status() == 200);
        assertThat(b.http().get("/api/v1/projects/" + projectId, tokenB).get("name")).isEqualTo("Garden");

        a.http().put("/api/v1/projects/" + projectId, tokenA, Map.of("name", "Garden 2026", "description", "Plan the beds"));
        b.http().put("/api/v1/projects/" + projectId, tokenB, Map.of("name", "Garden", "description", "Beds and paths"));

        await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(project(a, projectId, tokenA)).isEqualTo(project(b, projectId, tokenB)));
    }

    @Test
    void three_nodes_in_a_line_all_get_what_the_first_one_writes() throws Exception {
        Node a = cluster.start(cluster.dataDir(), 0);
        Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", a.multiaddr());
        Node c = cluster.start(cluster.dataDir(), 0, "--bootstrap", b.multiaddr());
        String tokenA = registerAndLogIn(a.http(), "ada");

        String projectId = (String) a.http().post("/api/v1/projects", tokenA, Map.of("name", "Relay", "description", "")).get("id");

        for (Node other : List.of(b, c)) {
            await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100))
                    .until(() -> other.http().get("/api/v1/projects/" + projectId, logIn(other.http(), "ada")).status() == 200);
        }
        assertThat(c.http().get("/api/v1/projects/" + projectId, logIn(c.http(), "ada")).get("name")).isEqualTo("Relay");
    }

    @Test
    void a_node_that_was_stopped_catches_up_with_what_changed_meanwhile() throws Exception {
        Node a = cluster.start(cluster.dataDir(), 0);
        Path dirB = cluster.dataDir();
        Node b = cluster.start(dirB, 0, "--bootstrap", a.multiaddr());
        String tokenA = registerAndLogIn(a.http(), "ada");
        String projectId = (String) a.http().post("/api/v1/projects", tokenA, Map.of("name", "Garden", "description", "")).get("id");
        await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100))
                .until(() -> b.http().get("/api/v1/projects/" + projectId, logIn(b.http(), "ada")).status() == 200);
        cluster.stop(b);

        a.http().put("/api/v1/projects/" + projectId, tokenA, Map.of("name", "Edited while B was away", "description", "x"));
        Node restartedB = cluster.start(dirB, 0, "--bootstrap", a.multiaddr());

        String tokenB = logIn(restartedB.http(), "ada");
        await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(restartedB.http().get("/api/v1/projects/" + projectId, tokenB).get("name"))
                        .isEqualTo("Edited while B was away"));
        assertThat(restartedB.http().get("/prometheus", null).body()).contains("cosmicsync_sync_changes_applied_total")
                .contains("cosmicsync_sync_catch_ups_total").contains("cosmicsync_p2p_bytes_total{direction=\"received\"}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void documents_and_a_collaborative_text_edited_concurrently_on_two_nodes_converge() throws Exception {
        Node a = cluster.start(cluster.dataDir(), 0);
        try (TcpProxy link = new TcpProxy(a.p2pPort())) {
            Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", "/ip4/127.0.0.1/tcp/" + link.port() + "/p2p/" + a.peerId());
            String tokenA = registerAndLogIn(a.http(), "ada");
            String projectId = (String) a.http().post("/api/v1/projects", tokenA, Map.of("name", "Notes", "description", "")).get("id");
            String collection = "/api/v1/projects/" + projectId + "/collections";
            assertThat(a.http().post(collection, tokenA, Map.of("name", "notes", "schema", Map.of("type", "object", "properties",
                    Map.of("title", Map.of("type", "string"), "stars", Map.of("type", "integer"),
                            "body", Map.of("type", "string", "x-collaborative", true))))).status()).isEqualTo(201);
            String documents = collection + "/notes/documents";
            assertThat(a.http().post(documents + "?doc_id=n1", tokenA, Map.of("title", "Seeds", "body", "Sow in March")).status())
                    .isEqualTo(201);
            await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100))
                    .until(() -> b.http().get(documents + "/n1", logIn(b.http(), "ada")).status() == 200);
            String tokenB = logIn(b.http(), "ada");

            link.cut();
            a.http().send("PATCH", documents + "/n1", tokenA, "application/merge-patch+json", "{\"title\":\"Seeds and bulbs\"}");
            b.http().send("PATCH", documents + "/n1", tokenB, "application/merge-patch+json", "{\"stars\":5}");
            a.http().post(documents + "/n1/text/body", tokenA, Map.of("operations", List.of(Map.of("position", 0, "insert", "Now: "))));
            b.http().post(documents + "/n1/text/body", tokenB, Map.of("operations", List.of(Map.of("position", 12, "insert", " and April"))));
            link.restore();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                Map<String, Object> onA = (Map<String, Object>) a.http().get(documents + "/n1", tokenA).get("data");
                Map<String, Object> onB = (Map<String, Object>) b.http().get(documents + "/n1", tokenB).get("data");
                assertThat(onA).isEqualTo(onB).containsEntry("title", "Seeds and bulbs").containsEntry("stars", 5)
                        .containsEntry("body", "Now: Sow in March and April");
            });
        }
    }

    @Test
    void edits_made_on_both_sides_of_a_dropped_connection_converge_after_it_comes_back() throws Exception {
        Node a = cluster.start(cluster.dataDir(), 0);
        try (TcpProxy link = new TcpProxy(a.p2pPort())) {
            String viaLink = "/ip4/127.0.0.1/tcp/" + link.port() + "/p2p/" + a.peerId();
            Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", viaLink);
            String tokenA = registerAndLogIn(a.http(), "ada");
            String projectId = (String) a.http().post("/api/v1/projects", tokenA, Map.of("name", "Trip", "description", "")).get("id");
            await().atMost(CONVERGED).pollInterval(Duration.ofMillis(100))
                    .until(() -> b.http().get("/api/v1/projects/" + projectId, logIn(b.http(), "ada")).status() == 200);
            String tokenB = logIn(b.http(), "ada");

            link.cut();
            a.http().put("/api/v1/projects/" + projectId, tokenA, Map.of("name", "Trip to Lisbon", "description", ""));
            Thread.sleep(50);
            b.http().put("/api/v1/projects/" + projectId, tokenB, Map.of("name", "Trip to Porto", "description", "by train"));
            assertThat(project(a, projectId, tokenA)).isNotEqualTo(project(b, projectId, tokenB));
            link.restore();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(project(a, projectId, tokenA)).isEqualTo(project(b, projectId, tokenB))
                            .containsEntry("name", "Trip to Porto"));
        }
    }

    private static Map<String, Object> project(Node node, String id, String token) {
        Map<String, Object> json = node.http().get("/api/v1/projects/" + id, token).json();
        return Map.of("name", json.get("name"), "description", json.get("description"));
    }

    private static String registerAndLogIn(Http http, String username) {
        assertThat(http.post("/api/v1/users", null,
                Map.of("username", username, "email", username + "@example.org", "password", "correct horse")).status()).isEqualTo(201);
        return logIn(http, username);
    }

    private static String logIn(Http http, String username) {
        Http.Response login = http.post("/api/v1/auth/login", null, Map.of("username", username, "password", "correct horse"));
        return login.status() == 200 ? (String) login.get("access_token") : "no-account-yet";
    }
}
