package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The stock {@code graphql-ws} client (npm, in {@code src/test/js-graphql}, installed by the build) subscribes
 * over {@code graphql-transport-ws}, authenticated by {@code connectionParams}, and receives a change; a
 * non-member's subscription gets {@code NOT_FOUND}. Skipped, saying why, without node or the npm packages.
 */
@MicronautTest(transactional = false)
class GraphqlWsStockClientTest extends GraphqlTestSupport {

    private static final Path CLIENT = Path.of("src/test/js-graphql");

    @Inject
    ApplyLocalMutationUseCase applyLocalMutation;

    private static void assumeClientInstalled() {
        assumeTrue(Files.isDirectory(CLIENT.resolve("node_modules/graphql-ws")),
                "the graphql-ws npm client is not installed (no node on PATH, or npm ci could not reach the registry)");
    }

    /** One run of subscribe.mjs: its events as they arrive, and every event seen so far. */
    private final class StockClient implements AutoCloseable {
        final Process process;
        final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        final List<Map<String, Object>> seen = new ArrayList<>();

        StockClient(Caller caller, String projectId) throws IOException {
            String url = server.getURL().toString().replaceFirst("^http", "ws") + "/graphql";
            process = new ProcessBuilder("node", "subscribe.mjs", url, caller.token(), projectId)
                    .directory(CLIENT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread reader = new Thread(this::read);
            reader.setDaemon(true);
            reader.start();
        }

        @SuppressWarnings("unchecked")
        private void read() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    events.add(json.readValue(line, Map.class));
                }
            } catch (IOException e) {
                events.add(Map.of("event", "reader failed: " + e));
            }
        }

        /** The first event of {@code type} within 30 s, running {@code whileWaiting} when idle; null if none. */
        Map<String, Object> await(String type, Runnable whileWaiting) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Map<String, Object> event = events.poll(300, TimeUnit.MILLISECONDS);
                if (event == null) {
                    whileWaiting.run();
                    continue;
                }
                seen.add(event);
                if (type.equals(event.get("event"))) {
                    return event;
                }
            }
            return null;
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_stock_graphql_ws_client_receives_a_change_committed_after_it_subscribed() throws Exception {
        assumeClientInstalled();
        Caller ada = newCaller("ada");
        String project = createProject(ada, "Engine");
        try (StockClient client = new StockClient(ada, project)) {
            assertThat(client.await("connected", () -> { })).as("%s", client.seen).isNotNull();

            // The client sends its subscribe right after the ack: write until the first change arrives.
            Map<String, Object> next = client.await("next", () -> applyLocalMutation.applyLocalMutation(
                    new ApplyLocalMutationCommand(new DocumentRef(project, "notes", "n1"),
                            List.of(new Mutation.SetField("title", Value.of("x"))))));

            assertThat(next).as("%s", client.seen).isNotNull();
            Map<String, Object> change = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    next.get("payload")).get("data")).get("projectChanges");
            assertThat(change).containsEntry("projectId", project).containsEntry("collection", "notes")
                    .containsEntry("documentId", "n1").containsEntry("origin", "LOCAL");
            assertThat(client.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(client.process.exitValue()).isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_stock_client_of_a_non_member_gets_not_found_and_no_changes() throws Exception {
        assumeClientInstalled();
        Caller ada = newCaller("ada");
        Caller eve = newCaller("eve");
        String project = createProject(ada, "Engine");
        try (StockClient client = new StockClient(eve, project)) {
            Map<String, Object> error = client.await("error", () -> { });

            assertThat(error).as("%s", client.seen).isNotNull();
            assertThat((List<Map<String, Object>>) error.get("errors"))
                    .extracting(e -> ((Map<String, Object>) e.get("extensions")).get("code")).containsExactly("NOT_FOUND");
            assertThat(client.seen).noneMatch(e -> "next".equals(e.get("event")));
        }
    }
}
