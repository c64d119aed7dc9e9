package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.SharedDatabase;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out of the live change feed (run by bench/feed-fanout.sh): {@code FeedFanoutBench [SUBSCRIBERS=1000]
 * [CHANGES=100] [INTERVAL_MS=100] [CLIENTS=node|jvm]}. Starts a node's context (HTTP on a free port, durable embedded
 * PostgreSQL), opens SUBSCRIBERS WebSocket connections to {@code /api/v1/ws} — from Node.js clients ({@code ws}) in
 * their own process ({@code src/test/js-graphql/feed-clients.mjs}, the default) or from the JDK's client in this JVM —
 * subscribes each to one project, then commits {@value #WARM_UP} untimed and CHANGES timed local mutations of that
 * project, one every INTERVAL_MS, and
 * measures for every (subscriber, change) pair the time from just before the mutation was submitted to the sync core
 * until the subscriber's client received the change message (commit included). The submission time travels in the
 * document's title as {@code c<index>@<microseconds since the epoch>}. Prints one JSON line:
 * {@code {"bench":"feed-fanout","clients","subscribers","changes","interval_ms","deliveries","missing","p50_ms","p99_ms","max_ms","connect_ms"}}.
 */
public final class FeedFanoutBench {

    /** Untimed changes first (JIT, connection buffers), their titles without a timestamp. */
    private static final int WARM_UP = 20;
    private static final File NODE_CLIENTS = new File(System.getProperty("feed.clients.dir", "bootstrap/src/test/js-graphql"));

    /** What the clients saw. */
    private record Outcome(long deliveries, long missing, double p50Millis, double p99Millis, double maxMillis) {
    }

    /** Commits the measured changes once the clients are subscribed. */
    @FunctionalInterface
    private interface Changes {
        void commit() throws Exception;
    }

    private FeedFanoutBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int intervalMillis = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String clients = args.length > 3 ? args[3] : "node";
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
            URI uri = URI.create(server.getURL().toString().replaceFirst("^http", "ws") + "/api/v1/ws");

            ApplyLocalMutationUseCase mutate = context.getBean(ApplyLocalMutationUseCase.class);
            Changes commit = () -> {
                for (int w = 0; w < WARM_UP; w++) {
                    mutate.applyLocalMutation(new ApplyLocalMutationCommand(new DocumentRef(project, "notes", "doc" + (w % 10)),
                            List.of(new Mutation.SetField("title", Value.of("warm-up " + w)))));
                    Thread.sleep(intervalMillis);
                }
                Thread.sleep(1000);
                for (int c = 0; c < changes; c++) {
                    String title = "c" + c + "@" + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
                    mutate.applyLocalMutation(new ApplyLocalMutationCommand(new DocumentRef(project, "notes", "doc" + (c % 10)),
                            List.of(new Mutation.SetField("title", Value.of(title)))));
                    Thread.sleep(intervalMillis);
                }
            };
            long connectStart = System.nanoTime();
            long[] connectMillis = new long[1];
            Runnable connected = () -> connectMillis[0] = (System.nanoTime() - connectStart) / 1_000_000;
            Outcome outcome = clients.equals("jvm")
                    ? jvmClients(uri, token, project, subscribers, changes, connected, commit)
                    : nodeClients(uri, token, project, subscribers, changes, connected, commit, context.getBean(JsonMapper.class));
            System.out.printf("{\"bench\":\"feed-fanout\",\"clients\":\"%s\",\"subscribers\":%d,\"changes\":%d,\"interval_ms\":%d,"
                            + "\"deliveries\":%d,\"missing\":%d,\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"connect_ms\":%d}%n",
                    clients, subscribers, changes, intervalMillis, outcome.deliveries(), outcome.missing(), outcome.p50Millis(),
                    outcome.p99Millis(), outcome.maxMillis(), connectMillis[0]);
        }
        System.exit(0);
    }

    /** Clients in a Node.js process: it prints READY once all are subscribed, and its outcome once stdin closes. */
    private static Outcome nodeClients(URI uri, String token, String project, int subscribers, int changes,
                                       Runnable connected, Changes commit, JsonMapper json) throws Exception {
        if (!new File(NODE_CLIENTS, "node_modules/ws").isDirectory()) {
            throw new IllegalStateException(NODE_CLIENTS + "/node_modules is missing: run the build (it runs npm ci) first");
        }
        Process process = new ProcessBuilder("node", "feed-clients.mjs", uri.toString(), token, project,
                String.valueOf(subscribers), String.valueOf(changes))
                .directory(NODE_CLIENTS).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            if (!"READY".equals(ready)) {
                throw new IllegalStateException("the feed clients did not get ready: " + ready);
            }
            connected.run();
            commit.commit();
            process.getOutputStream().close();
            Map<String, Object> result = json.readValue(out.readLine().getBytes(StandardCharsets.UTF_8),
                    Argument.mapOf(String.class, Object.class));
            return new Outcome(((Number) result.get("deliveries")).longValue(), ((Number) result.get("missing")).longValue(),
                    number(result.get("p50_ms")), number(result.get("p99_ms")), number(result.get("max_ms")));
        } finally {
            process.destroy();
        }
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    /** Clients on the JDK's WebSocket client, in this JVM. */
    private static Outcome jvmClients(URI uri, String token, String project, int subscribers, int changes,
                                      Runnable connected, Changes commit) throws Exception {
        CountDownLatch subscribed = new CountDownLatch(subscribers);
        CountDownLatch received = new CountDownLatch(subscribers * changes);
        HttpClient client = HttpClient.newHttpClient();
        List<Subscriber> all = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Subscriber subscriber = new Subscriber(changes, subscribed, received);
            WebSocket socket = client.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, subscriber).get(60, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"subscribe\",\"scopes\":[\"" + project + "\"]}", true).join();
            all.add(subscriber);
        }
        if (!subscribed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (subscribers - subscribed.getCount()) + " subscriptions confirmed");
        }
        connected.run();
        commit.commit();
        received.await(30, TimeUnit.SECONDS);
        long[] latencies = all.stream().flatMapToLong(s -> Arrays.stream(s.latencies, 0, s.count)).sorted().toArray();
        return new Outcome(latencies.length, (long) subscribers * changes - latencies.length,
                percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0));
    }

    private static double percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, index)] / 1e3;
    }

    /** One WebSocket client: records, per change message, the microseconds since the change was submitted. */
    private static final class Subscriber implements WebSocket.Listener {
        final long[] latencies;
        int count;
        private final CountDownLatch subscribed;
        private final CountDownLatch received;
        private final StringBuilder partial = new StringBuilder();

        Subscriber(int changes, CountDownLatch subscribed, CountDownLatch received) {
            this.latencies = new long[changes];
            this.subscribed = subscribed;
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (message.startsWith("{\"type\":\"subscribed\"")) {
                    subscribed.countDown();
                } else if (message.startsWith("{\"type\":\"change\"")) {
                    int at = message.indexOf('@', message.indexOf("\"title\":")) + 1; // "title": "c1@<micros>"
                    if (at > 0 && count < latencies.length) {
                        latencies[count++] = now - Long.parseLong(message.substring(at, message.indexOf('"', at)));
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
