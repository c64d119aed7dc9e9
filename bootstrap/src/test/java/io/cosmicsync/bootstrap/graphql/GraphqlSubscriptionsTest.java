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
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GraphqlSubscriptionsTest extends GraphqlTestSupport {

    private static final String PROJECT_CHANGES = """
            subscription($p: ID!, $c: String) { projectChanges(projectId: $p, collection: $c) {
              projectId collection documentId fields deleted origin } }""";

    @Inject
    ApplyLocalMutationUseCase applyLocalMutation;

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

    @Test
    @SuppressWarnings("unchecked")
    void a_viewer_receives_the_changes_of_the_collection_it_subscribed_to_and_no_others() throws Exception {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        String project = createProject(ada, "Engine");
        addMember(ada, project, bob, "VIEWER");
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
}
