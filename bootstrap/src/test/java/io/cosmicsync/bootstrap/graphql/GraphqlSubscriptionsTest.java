package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GraphqlSubscriptionsTest extends GraphqlTestSupport {

    private static final String PROJECT_CHANGES = """
            subscription($p: ID!, $c: String) { projectChanges(projectId: $p, collection: $c) {
              projectId collection documentId fields deleted origin } }""";

    @Inject
    ApplyLocalMutationUseCase applyLocalMutation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("cosmicsync.graphql.subscription-recheck", "1s");
        return properties;
    }

    private void write(String projectId, String collection, String documentId) {
        applyLocalMutation.applyLocalMutation(new ApplyLocalMutationCommand(
                new DocumentRef(projectId, collection, documentId),
                List.of(new Mutation.SetField("title", Value.of("x")))));
    }

    private GraphqlWsClient connect(Caller caller) {
        GraphqlWsClient client = new GraphqlWsClient(server.getURL().toString(), caller.token(), json);
        assertThat(client.init()).containsEntry("type", "connection_ack");
        return client;
    }

    private static void subscribe(GraphqlWsClient client, Map<String, ?> variables) {
        client.send(Map.of("id", "1", "type", "subscribe",
                "payload", Map.of("query", PROJECT_CHANGES, "variables", variables)));
    }

    /** A project of a new owner with a new viewer. */
    private record Shared(Caller owner, Caller viewer, String project) {
    }

    private Shared sharedProject() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada, "Engine");
        addMember(ada, project, bob, "VIEWER");
        return new Shared(ada, bob, project);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_viewer_receives_the_changes_of_the_collection_it_subscribed_to_and_no_others() throws Exception {
        Shared shared = sharedProject();
        Caller bob = shared.viewer();
        String project = shared.project();
        try (GraphqlWsClient client = connect(bob)) {
            assertThat(client.subprotocol()).isEqualTo(GraphqlWsClient.SUBPROTOCOL);
            subscribe(client, Map.of("p", project, "c", "notes"));
            Thread.sleep(500);

            write(project, "drafts", "d1");
            write(project, "notes", "n1");

            Map<String, Object> next = client.next();
            assertThat(next).as("%s", next).containsEntry("type", "next").containsEntry("id", "1");
            Map<String, Object> change = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    next.get("payload")).get("data")).get("projectChanges");
            assertThat(change).containsEntry("projectId", project).containsEntry("collection", "notes")
                    .containsEntry("documentId", "n1").containsEntry("fields", List.of("title"))
                    .containsEntry("deleted", false).containsEntry("origin", "LOCAL");
            assertThat(client.next(300)).isNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_non_member_cannot_subscribe_and_is_told_the_project_does_not_exist() throws Exception {
        Caller ada = newCaller("ada");
        Caller eve = newCaller("eve");
        String project = createProject(ada, "Engine");
        try (GraphqlWsClient client = connect(eve)) {
            subscribe(client, Map.of("p", project));

            Map<String, Object> answer = client.next();
            write(project, "notes", "n1");

            assertThat(answer).as("%s", answer).containsEntry("type", "error").containsEntry("id", "1");
            List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("payload");
            assertThat(errors).extracting(e -> ((Map<String, Object>) e.get("extensions")).get("code"))
                    .containsExactly("NOT_FOUND");
            Map<String, Object> after = client.next(500);
            assertThat(after == null || !"next".equals(after.get("type"))).as("%s", after).isTrue();
        }
    }

    @Test
    void a_ping_is_answered_with_a_pong() {
        Caller ada = newCaller("ada");
        try (GraphqlWsClient client = connect(ada)) {
            client.send(Map.of("type", "ping"));

            assertThat(client.next()).containsEntry("type", "pong");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_who_is_removed_stops_receiving_changes() throws Exception {
        Shared shared = sharedProject();
        Caller ada = shared.owner();
        Caller bob = shared.viewer();
        String project = shared.project();
        try (GraphqlWsClient client = connect(bob)) {
            subscribe(client, Map.of("p", project));
            Thread.sleep(500);
            write(project, "notes", "before");
            assertThat(client.next()).containsEntry("type", "next");

            Result removed = graphql(ada, "mutation($p: ID!, $u: ID!) { removeMember(projectId: $p, userId: $u) { role } }",
                    Map.of("p", project, "u", bob.id()));
            assertThat(removed.errors()).as(removed.body()).isEmpty();
            Thread.sleep(1_200);
            write(project, "notes", "after");

            Map<String, Object> answer = client.next();
            assertThat(answer).as("%s", answer).containsEntry("type", "error").containsEntry("id", "1");
            assertThat((List<Map<String, Object>>) answer.get("payload"))
                    .extracting(e -> ((Map<String, Object>) e.get("extensions")).get("code")).containsExactly("NOT_FOUND");
            assertThat(client.next(300)).isNull();
        }
    }

    @Test
    void a_token_in_the_connection_init_payload_authenticates_a_client_without_headers() {
        Caller ada = newCaller("ada");
        try (GraphqlWsClient client = new GraphqlWsClient(server.getURL().toString(), null, json)) {
            client.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + ada.token())));
            assertThat(client.next()).containsEntry("type", "connection_ack");

            client.send(Map.of("id", "q", "type", "subscribe", "payload", Map.of("query", "{ me { id } }")));

            assertThat(client.next()).containsEntry("type", "next").containsEntry("id", "q")
                    .containsEntry("payload", Map.of("data", Map.of("me", Map.of("id", ada.id()))));
            assertThat(client.next()).containsEntry("type", "complete").containsEntry("id", "q");
        }
    }

    @Test
    void a_bad_token_in_connection_init_closes_the_socket_with_4403() throws Exception {
        try (GraphqlWsClient client = new GraphqlWsClient(server.getURL().toString(), null, json)) {
            client.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer not.a.token")));

            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4403);
        }
    }

    @Test
    void a_client_that_closes_first_gets_its_close_code_echoed_while_a_subscription_runs() throws Exception {
        Caller ada = newCaller("ada");
        String project = createProject(ada, "Engine");
        try (GraphqlWsClient client = connect(ada)) {
            subscribe(client, Map.of("p", project));

            client.sendClose(1000, "done");

            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        }
    }

    @Test
    void subscribing_before_connection_init_closes_the_socket_with_4401() throws Exception {
        Caller ada = newCaller("ada");
        try (GraphqlWsClient client = new GraphqlWsClient(server.getURL().toString(), ada.token(), json)) {
            subscribe(client, Map.of("p", "00000000-0000-4000-8000-000000000000"));

            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4401);
        }
    }

    @Test
    void a_second_operation_with_a_running_id_closes_the_socket_with_4409() throws Exception {
        Caller ada = newCaller("ada");
        String project = createProject(ada, "Engine");
        try (GraphqlWsClient client = connect(ada)) {
            subscribe(client, Map.of("p", project));
            Thread.sleep(300);
            subscribe(client, Map.of("p", project));

            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4409);
        }
    }

    @Test
    void a_message_that_is_not_protocol_json_closes_the_socket_with_4400() throws Exception {
        Caller ada = newCaller("ada");
        try (GraphqlWsClient client = connect(ada)) {
            client.sendRaw("{\"type\": \"subscribe\"");

            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4400);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void membership_changes_replicated_as_directory_documents_are_not_delivered() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada, "Engine");
        try (GraphqlWsClient client = connect(ada)) {
            subscribe(client, Map.of("p", project));
            Thread.sleep(500);

            addMember(ada, project, bob, "EDITOR");
            write(project, "notes", "n1");

            Map<String, Object> next = client.next();
            Map<String, Object> change = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    next.get("payload")).get("data")).get("projectChanges");
            assertThat(change).as("%s", next).containsEntry("collection", "notes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
