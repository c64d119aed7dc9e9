package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.p2p.identity.Ed25519KeyPair;
import io.cosmicsync.adapter.p2p.sync.Ed25519ChangeSigner;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesCommand;
import io.cosmicsync.application.sync.port.in.ApplyRemoteChangesUseCase;
import io.cosmicsync.application.sync.port.in.RemoteChangesResult;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.FeedClient;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ChangeFeedApiTest extends ApiTestSupport {

    @Inject
    ApplyLocalMutationUseCase applyLocalMutation;

    @Inject
    ApplyRemoteChangesUseCase applyRemoteChanges;

    private String createProject(Caller owner) {
        Http.Response created = http.post("/api/v1/projects", owner.token(), Map.of("name", "Feed"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.get("id");
    }

    private String setTitle(String project, String docId, String title) {
        LocalMutationResult result = applyLocalMutation.applyLocalMutation(new ApplyLocalMutationCommand(
                new DocumentRef(project, "notes", docId), List.of(new Mutation.SetField("title", Value.of(title)))));
        assertThat(result).isInstanceOf(LocalMutationResult.Applied.class);
        return ((LocalMutationResult.Applied) result).change().id().hex();
    }

    private FeedClient connect(Caller caller) {
        return FeedClient.connect(server.getURL().toString(), caller.token(), json);
    }

    private static Map<String, Object> subscribe(FeedClient client, String project, String cursor) {
        client.send(cursor == null ? Map.of("type", "subscribe", "scopes", List.of(project))
                : Map.of("type", "subscribe", "scopes", List.of(project), "cursor", cursor));
        return client.next();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyDocument(Map<String, Object> change) {
        List<Map<String, Object>> documents = (List<Map<String, Object>>) change.get("documents");
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    @Test
    void committed_changes_arrive_in_commit_order_each_with_its_cursor_and_the_documents_current_json() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        try (FeedClient feed = connect(ada)) {
            Map<String, Object> subscribed = subscribe(feed, project, null);
            assertThat(subscribed).containsEntry("type", "subscribed").containsEntry("scopes", List.of(project));
            long start = Long.parseLong((String) subscribed.get("cursor"));

            List<String> ids = List.of(setTitle(project, "n1", "Plan"), setTitle(project, "n2", "Build"), setTitle(project, "n1", "Ship"));

            List<Map<String, Object>> changes = List.of(feed.next(), feed.next(), feed.next());
            assertThat(changes).extracting(m -> m.get("type")).containsOnly("change");
            assertThat(changes).extracting(m -> m.get("change_id")).containsExactlyElementsOf(ids);
            List<Long> cursors = changes.stream().map(m -> Long.parseLong((String) m.get("cursor"))).toList();
            assertThat(cursors).isSorted().doesNotHaveDuplicates().allMatch(c -> c > start);
            assertThat(changes.get(0)).containsEntry("origin", "local").containsKeys("author", "hlc");
            assertThat(onlyDocument(changes.get(1))).containsEntry("scope", project).containsEntry("collection", "notes")
                    .containsEntry("id", "n2").containsEntry("deleted", false).containsEntry("data", Map.of("title", "Build"));
            assertThat(onlyDocument(changes.get(2))).containsEntry("data", Map.of("title", "Ship"));
        }
    }

    @Test
    void reconnecting_with_the_last_cursor_delivers_exactly_the_missed_changes_then_new_ones() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        String lastCursor;
        try (FeedClient feed = connect(ada)) {
            subscribe(feed, project, null);
            setTitle(project, "a", "1");
            setTitle(project, "a", "2");
            feed.next();
            lastCursor = (String) feed.next().get("cursor");
        }
        List<String> missed = List.of(setTitle(project, "a", "3"), setTitle(project, "b", "4"), setTitle(project, "a", "5"));

        try (FeedClient feed = connect(ada)) {
            assertThat(subscribe(feed, project, lastCursor)).containsEntry("type", "subscribed").containsEntry("cursor", lastCursor);
            List<Object> received = new ArrayList<>();
            for (int i = 0; i < missed.size(); i++) {
                received.add(feed.next().get("change_id"));
            }
            assertThat(received).containsExactlyElementsOf(missed);
            assertThat(feed.poll(Duration.ofMillis(300))).isNull();

            String live = setTitle(project, "a", "6");
            assertThat(feed.next()).containsEntry("change_id", live);
        }
    }

    @Test
    void a_change_applied_from_a_peer_arrives_with_origin_remote() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        Ed25519KeyPair peer = Ed25519KeyPair.generate();
        Change change = Change.create(new PeerId(peer.peerId().toString()), new Hlc(System.currentTimeMillis(), 0), Set.of(),
                List.of(new Operation.SetField(new DocumentRef(project, "notes", "from-peer"), "title", Value.of("hello"), Set.of())));
        byte[] signature = new Ed25519ChangeSigner(peer).sign(change);
        try (FeedClient feed = connect(ada)) {
            subscribe(feed, project, null);

            RemoteChangesResult result = applyRemoteChanges.applyRemoteChanges(
                    new ApplyRemoteChangesCommand(List.of(change), Map.of(change.id(), signature)));

            assertThat(result.applied()).containsExactly(change.id());
            Map<String, Object> received = feed.next();
            assertThat(received).containsEntry("change_id", change.id().hex()).containsEntry("origin", "remote")
                    .containsEntry("author", peer.peerId().toString());
            assertThat(onlyDocument(received)).containsEntry("id", "from-peer").containsEntry("data", Map.of("title", "hello"));
        }
    }

    @Test
    void a_subscriber_receives_only_the_changes_of_its_scopes() {
        Caller ada = newCaller("ada");
        String mine = createProject(ada);
        String other = createProject(ada);
        try (FeedClient feed = connect(ada)) {
            subscribe(feed, mine, null);
            setTitle(other, "x", "elsewhere");
            String wanted = setTitle(mine, "y", "here");
            assertThat(feed.next()).containsEntry("change_id", wanted);
            assertThat(feed.poll(Duration.ofMillis(200))).isNull();
        }
    }

    @Test
    void a_non_member_cannot_subscribe_and_receives_nothing() {
        Caller ada = newCaller("ada");
        Caller eve = newCaller("eve");
        String project = createProject(ada);
        try (FeedClient feed = connect(eve)) {
            Map<String, Object> refused = subscribe(feed, project, "0");
            setTitle(project, "secret", "plans");

            assertThat(refused).containsEntry("type", "error").containsEntry("code", "not_found");
            assertThat(feed.poll(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void a_scope_that_is_no_project_is_not_found() {
        Caller ada = newCaller("ada");
        try (FeedClient feed = connect(ada)) {
            assertThat(subscribe(feed, "not-a-project", null)).containsEntry("type", "error").containsEntry("code", "not_found");
        }
    }

    @Test
    void a_viewer_can_subscribe_but_the_feed_accepts_nothing_else() {
        Caller ada = newCaller("ada");
        Caller vic = newCaller("vic");
        String project = createProject(ada);
        Http.Response added = http.post("/api/v1/projects/" + project + "/members", ada.token(), Map.of("user_id", vic.id(), "role", "viewer"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        try (FeedClient feed = connect(vic)) {
            assertThat(subscribe(feed, project, null)).containsEntry("type", "subscribed");
            String change = setTitle(project, "n", "seen by the viewer");
            assertThat(feed.next()).containsEntry("change_id", change);

            feed.send(Map.of("type", "set", "scope", project, "collection", "notes", "id", "n", "data", Map.of("title", "x")));

            assertThat(feed.next()).containsEntry("type", "error").containsEntry("code", "malformed_message");
            assertThat(feed.closeStatus()).startsWith("1008");
        }
    }

    @Test
    void a_handshake_without_a_valid_token_is_refused() {
        String base = server.getURL().toString();
        assertThatThrownBy(() -> FeedClient.connect(base, null, json)).isInstanceOf(FeedClient.HandshakeFailed.class);
        assertThatThrownBy(() -> FeedClient.connect(base, "not.a.token", json)).isInstanceOf(FeedClient.HandshakeFailed.class);
        assertThatThrownBy(() -> FeedClient.connectWithQueryToken(base, "not.a.token", json)).isInstanceOf(FeedClient.HandshakeFailed.class);
    }

    @Test
    void a_browser_authenticates_with_the_access_token_query_parameter() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        try (FeedClient feed = FeedClient.connectWithQueryToken(server.getURL().toString(), ada.token(), json)) {
            assertThat(subscribe(feed, project, null)).containsEntry("type", "subscribed");
        }
    }

    @Test
    void a_client_that_closes_first_gets_its_close_code_echoed() {
        try (FeedClient feed = connect(newCaller("ada"))) {
            assertThat(feed.closeFirst(1000, "bye")).startsWith("1000");
        }
    }

    @Test
    void a_client_that_closes_first_while_subscribed_gets_its_close_code_echoed() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        try (FeedClient feed = connect(ada)) {
            assertThat(subscribe(feed, project, null)).containsEntry("type", "subscribed");

            assertThat(feed.closeFirst(4000, "going away")).startsWith("4000");
        }
    }

    @Test
    void a_frame_that_is_not_json_gets_an_error_and_the_connection_is_closed() {
        Caller ada = newCaller("ada");
        try (FeedClient feed = connect(ada)) {
            feed.sendText("{subscribe");
            assertThat(feed.next()).containsEntry("type", "error").containsEntry("code", "malformed_message");
            assertThat(feed.closeStatus()).startsWith("1008");
        }
    }

    @Test
    void a_subscribe_with_a_bad_cursor_or_no_scopes_is_a_protocol_violation() {
        Caller ada = newCaller("ada");
        try (FeedClient feed = connect(ada)) {
            feed.send(Map.of("type", "subscribe", "scopes", List.of(), "cursor", "12"));
            assertThat(feed.next()).containsEntry("code", "malformed_message");
            assertThat(feed.closeStatus()).startsWith("1008");
        }
        try (FeedClient feed = connect(ada)) {
            feed.send(Map.of("type", "subscribe", "scopes", List.of("x"), "cursor", -3));
            assertThat(feed.next()).containsEntry("code", "malformed_message");
        }
    }

    @Test
    void an_oversized_frame_closes_the_connection() {
        Caller ada = newCaller("ada");
        try (FeedClient feed = connect(ada)) {
            feed.sendText("{\"type\":\"subscribe\",\"scopes\":[\"" + "x".repeat(40_000) + "\"]}");
            assertThat(feed.closeStatus()).startsWith("1009");
        }
    }

    @Test
    void a_cursor_beyond_the_newest_change_is_refused() {
        Caller ada = newCaller("ada");
        String project = createProject(ada);
        try (FeedClient feed = connect(ada)) {
            assertThat(subscribe(feed, project, "999999999999")).containsEntry("type", "error").containsEntry("code", "unknown_cursor");
            assertThat(subscribe(feed, project, null)).containsEntry("type", "subscribed");
        }
    }
}
