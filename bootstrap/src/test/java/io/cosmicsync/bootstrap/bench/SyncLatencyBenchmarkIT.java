package io.cosmicsync.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Latency from a REST write on node A to the change being visible through node B's REST API: two whole
 * nodes (processes, embedded databases) on loopback. Each sample: t0 before A's PATCH of a document,
 * then B is read every ~1 ms until it shows the new value; the sample is the time to that read (so it
 * includes A's request, its commit, gossip, B's apply and up to one read interval). Prints one JSON line.
 * Run: {@code ./mvnw -B -o verify -pl bootstrap -am -Dtest=none -Dit.test=SyncLatencyBenchmarkIT
 * -Dsync.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sync.bench", matches = "true")
class SyncLatencyBenchmarkIT {
    private static final int WARM_UP = 50;
    private static final int SAMPLES = 500;

    @Test
    @SuppressWarnings("unchecked")
    void rest_write_on_a_visible_on_b() throws Exception {
        try (NodeCluster cluster = new NodeCluster()) {
            Node a = cluster.start(cluster.dataDir(), 0);
            Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", a.multiaddr());
            a.http().post("/api/v1/users", null, Map.of("username", "ada", "email", "ada@example.org", "password", "correct horse"));
            String tokenA = token(a.http());
            String project = (String) a.http().post("/api/v1/projects", tokenA, Map.of("name", "Bench", "description", "")).get("id");
            String collection = "/api/v1/projects/" + project + "/collections";
            a.http().post(collection, tokenA, Map.of("name", "items", "schema",
                    Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer")))));
            String doc = collection + "/items/documents/d1";
            a.http().post(collection + "/items/documents?doc_id=d1", tokenA, Map.of("n", -1));
            String tokenB = null;
            while (tokenB == null || b.http().get(doc, tokenB).status() != 200) {
                Thread.sleep(100);
                tokenB = b.http().post("/api/v1/auth/login", null, Map.of("username", "ada", "password", "correct horse")).status() == 200
                        ? token(b.http()) : null;
            }
            long[] micros = new long[SAMPLES];
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long start = System.nanoTime();
                assertThat(a.http().send("PATCH", doc, tokenA, "application/merge-patch+json", "{\"n\":" + i + "}").status()).isEqualTo(200);
                while (!Integer.valueOf(i).equals(((Map<String, Object>) b.http().get(doc, tokenB).get("data")).get("n"))) {
                    Thread.sleep(1);
                }
                if (i >= WARM_UP) {
                    micros[i - WARM_UP] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "{\"case\":\"REST write on A visible on B\",\"samples\":%d,\"p50_ms\":%.1f,"
                            + "\"p99_ms\":%.1f,\"max_ms\":%.1f}%n", SAMPLES, micros[SAMPLES / 2] / 1e3,
                    micros[(int) (SAMPLES * 0.99)] / 1e3, micros[SAMPLES - 1] / 1e3);
        }
    }

    private static String token(Http http) {
        return (String) http.post("/api/v1/auth/login", null, Map.of("username", "ada", "password", "correct horse")).get("access_token");
    }
}
