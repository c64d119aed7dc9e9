package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.SharedDatabase;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out of the live change feed (run by bench/feed-fanout.sh): {@code FeedFanoutBench [SUBSCRIBERS=1000]
 * [CHANGES=100] [INTERVAL_MS=100]}. Starts a node's context (HTTP on a free port, durable embedded
 * PostgreSQL), opens SUBSCRIBERS WebSocket connections to {@code /api/v1/ws} (the JDK's client, in this
 * JVM), subscribes each to one project, then commits CHANGES local mutations of that project, one every
 * INTERVAL_MS, and measures for every (subscriber, change) pair the time from just before the mutation was
 * submitted to the sync core until the subscriber's client received the change message (commit included).
 * Prints one JSON line:
 * {@code {"bench":"feed-fanout","subscribers","changes","interval_ms","deliveries","missing","p50_ms","p99_ms","max_ms","connect_ms"}}.
 */
public final class FeedFanoutBench {

    private FeedFanoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int intervalMillis = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Map<String, Object> properties = new HashMap<>(SharedDatabase.get().datasourceProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "bench-" + UUID.randomUUID() + UUID.randomUUID());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Http http = new Http(server.getURL().toString(), context.getBean(JsonMapper.class));
            String user = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            http.post("/api/v1/users", null, Map.of("username", user, "email", user + "@example.org", "password", "benchmark password"));
            String token = (String) http.post("/api/v1/auth/login", null, Map.of("username", user, "password", "benchmark password")).get("access_token");
            String project = (String) http.post("/api/v1/projects", token, Map.of("name", "fan-out")).get("id");

            Map<String, Long> submitted = new ConcurrentHashMap<>();
            CountDownLatch subscribed = new CountDownLatch(subscribers);
            CountDownLatch received = new CountDownLatch(subscribers * changes);
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create(server.getURL().toString().replaceFirst("^http", "ws") + "/api/v1/ws");
            List<Subscriber> all = new ArrayList<>();
            long connectStart = System.nanoTime();
            for (int i = 0; i < subscribers; i++) {
                Subscriber subscriber = new Subscriber(changes, submitted, subscribed, received);
                WebSocket socket = client.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                        .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, subscriber).get(60, TimeUnit.SECONDS);
                socket.sendText("{\"type\":\"subscribe\",\"scopes\":[\"" + project + "\"]}", true).join();
                all.add(subscriber);
            }
            if (!subscribed.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + (subscribers - subscribed.getCount()) + " subscriptions confirmed");
            }
            long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;

            ApplyLocalMutationUseCase mutate = context.getBean(ApplyLocalMutationUseCase.class);
            for (int c = 0; c < changes; c++) {
                String title = "c" + c;
                submitted.put(title, System.nanoTime());
                mutate.applyLocalMutation(new ApplyLocalMutationCommand(new DocumentRef(project, "notes", "doc" + (c % 10)),
                        List.of(new Mutation.SetField("title", Value.of(title)))));
                Thread.sleep(intervalMillis);
            }
            received.await(30, TimeUnit.SECONDS);

            long[] latencies = all.stream().flatMapToLong(s -> Arrays.stream(s.latencies, 0, s.count)).sorted().toArray();
            long missing = (long) subscribers * changes - latencies.length;
            System.out.printf("{\"bench\":\"feed-fanout\",\"subscribers\":%d,\"changes\":%d,\"interval_ms\":%d,\"deliveries\":%d,"
                            + "\"missing\":%d,\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"connect_ms\":%d}%n",
                    subscribers, changes, intervalMillis, latencies.length, missing,
                    percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0), connectMillis);
        }
        System.exit(0);
    }

    private static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** One WebSocket client: records, per change message, the time since the change was submitted. */
    private static final class Subscriber implements WebSocket.Listener {
        final long[] latencies;
        int count;
        private final Map<String, Long> submitted;
        private final CountDownLatch subscribed;
        private final CountDownLatch received;
        private final StringBuilder partial = new StringBuilder();

        Subscriber(int changes, Map<String, Long> submitted, CountDownLatch subscribed, CountDownLatch received) {
            this.latencies = new long[changes];
            this.submitted = submitted;
            this.subscribed = subscribed;
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.startsWith("{\"type\":\"subscribed\"")) {
                    subscribed.countDown();
                } else if (message.startsWith("{\"type\":\"change\"")) {
                    int at = message.indexOf('"', message.indexOf("\"title\":") + 8) + 1; // jsonb text has "title": "c1"
                    Long sent = submitted.get(message.substring(at, message.indexOf('"', at)));
                    if (sent != null && count < latencies.length) {
                        latencies[count++] = now - sent;
                        received.countDown();
                    }
                } else {
                    System.err.println("unexpected message: " + message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            System.err.println("closed by the server: " + statusCode + " " + reason);
            return CompletableFuture.completedFuture(null);
        }
    }
}
