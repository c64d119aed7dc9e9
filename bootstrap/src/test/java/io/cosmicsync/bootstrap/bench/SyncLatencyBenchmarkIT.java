package io.cosmicsync.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.bootstrap.support.FeedClient;
import io.cosmicsync.bootstrap.support.NodeCluster;
import io.cosmicsync.bootstrap.support.RawHttpConnection;
import io.cosmicsync.bootstrap.support.NodeCluster.Node;
import io.micronaut.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Latency from a REST write on node A to the change being visible on node B: two whole nodes (processes,
 * embedded databases) on loopback. Each sample: t0 before A's PATCH of a document, then B is watched until it
 * shows the new value; the sample is the time to that moment (A's request, its commit, gossip, B's verification,
 * apply and commit). B is watched, by default, through its live feed ({@code /api/v1/ws}, a subscriber of the
 * project: B pushes the change once committed); with {@code -Dsync.bench.observe=rest}, by reading the document
 * through B's REST API every ~1 ms (those reads compete with B's apply for the two cores). Prints one JSON line,
 * with A's own PATCH (request to response) alongside. The nodes run with their default settings; 1,500 warm-up
 * writes ({@code -Dsync.bench.warmup=N}) bring both JVMs to steady state (with 50, the samples are taken while
 * C2 still compiles the write and apply paths on the two cores the nodes share).
 * Run: {@code ./mvnw -B -o verify -pl bootstrap -am -Dtest=none -Dit.test=SyncLatencyBenchmarkIT
 * -Dsync.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sync.bench", matches = "true")
class SyncLatencyBenchmarkIT {
    /** Writes before the samples: enough for the JIT to compile the write and apply paths of both nodes. */
    private static final int WARM_UP = Integer.getInteger("sync.bench.warmup", 1500);
    private static final int SAMPLES = 1000;

    @Test
    @SuppressWarnings("unchecked")
    void rest_write_on_a_visible_on_b() throws Exception {
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (NodeCluster cluster = NodeCluster.asConfiguredByDefault()) {
            Node a = cluster.start(cluster.dataDir(), 0);
            Node b = cluster.start(cluster.dataDir(), 0, "--bootstrap", a.multiaddr());
            BenchProject bench = BenchProject.createOn(a.http());
            String tokenA = bench.token();
            String project = bench.project();
            String collection = bench.collections();
            String doc = bench.documents() + "d1";
            a.http().post(collection + "/items/documents?doc_id=d1", tokenA, Map.of("n", -1));
            String tokenB = null;
            while (tokenB == null || b.http().get(doc, tokenB).status() != 200) {
                Thread.sleep(100);
                tokenB = tokenB != null ? tokenB : BenchProject.token(b.http());
            }
            boolean byFeed = !"rest".equals(System.getProperty("sync.bench.observe"));
            String observed = byFeed ? "live feed on B" : "REST reads of B every 1 ms";
            long[] micros = new long[SAMPLES];
            long[] writeMicros = new long[SAMPLES];
            try (FeedClient feed = byFeed ? FeedClient.connect(b.http().base(), tokenB, JsonMapper.createDefault()) : null;
                 RawHttpConnection writer = new RawHttpConnection(a.http().base())) {
                if (feed != null) {
                    feed.send(Map.of("type", "subscribe", "scopes", List.of(project)));
                    assertThat(feed.next().get("type")).isEqualTo("subscribed");
                }
                for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                    long start = System.nanoTime();
                    assertThat(writer.send("PATCH", doc, tokenA, "application/merge-patch+json", "{\"n\":" + i + "}")).isEqualTo(200);
                    long written = System.nanoTime();
                    if (feed != null) {
                        while (!feedShows(feed.next(), i)) {
                            // an earlier change, or one of the node's own records
                        }
                    } else {
                        while (!Integer.valueOf(i).equals(((Map<String, Object>) b.http().get(doc, tokenB).get("data")).get("n"))) {
                            Thread.sleep(1);
                        }
                    }
                    if (i >= WARM_UP) {
                        micros[i - WARM_UP] = (System.nanoTime() - start) / 1_000;
                        writeMicros[i - WARM_UP] = (written - start) / 1_000;
                    }
                }
            }
            Arrays.sort(micros);
            Arrays.sort(writeMicros);
            String server = a.http().get("/prometheus", null).body();
            System.out.printf(Locale.ROOT, "{\"case\":\"REST write on A visible on B\",\"observed_by\":\"%s\",\"warm_up\":%d,\"samples\":%d,"
                            + "\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"a_write_p50_ms\":%.1f,\"a_write_p99_ms\":%.1f,"
                            + "\"a_server_patch_mean_ms\":%.1f,\"load_before\":%.2f}%n",
                    observed, WARM_UP, SAMPLES, micros[SAMPLES / 2] / 1e3, micros[(int) (SAMPLES * 0.99)] / 1e3, micros[SAMPLES - 1] / 1e3,
                    writeMicros[SAMPLES / 2] / 1e3, writeMicros[(int) (SAMPLES * 0.99)] / 1e3,
                    patchMeanMillis(server), loadBefore);
        }
    }

    /**
     * The mean server-side time of A's PATCH requests, in ms, from its Prometheus timer
     * ({@code http_server_requests_seconds_sum / _count} of method PATCH): the request as the node saw it,
     * without the client and the loopback.
     */
    private static double patchMeanMillis(String prometheus) {
        double sum = 0;
        double count = 0;
        for (String line : prometheus.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_") && line.contains("method=\"PATCH\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_sum")) {
                    sum += value;
                } else if (line.startsWith("http_server_requests_seconds_count")) {
                    count += value;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count * 1e3;
    }

    /** True when {@code message} is a change whose document has {@code n == value}. */
    @SuppressWarnings("unchecked")
    private static boolean feedShows(Map<String, Object> message, int value) {
        if (!"change".equals(message.get("type"))) {
            return false;
        }
        for (Map<String, Object> document : (List<Map<String, Object>>) message.get("documents")) {
            if (document.get("data") instanceof Map<?, ?> data && data.get("n") instanceof Number n && n.intValue() == value) {
                return true;
            }
        }
        return false;
    }
}
