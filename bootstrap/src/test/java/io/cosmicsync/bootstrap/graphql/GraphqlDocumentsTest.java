package io.cosmicsync.bootstrap.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents over GraphQL: the document use cases of REST, so the same schema checks and the same roles. */
@MicronautTest(transactional = false)
class GraphqlDocumentsTest extends GraphqlTestSupport {

    private static final String NOTES = """
            mutation($p: ID!) { defineCollection(projectId: $p, input: {name: "notes", schema: {type: "object",
              properties: {title: {type: "string", maxLength: 20}, score: {type: "integer"}}}, indexes: ["score"]}) { name } }""";
    private static final String CREATE = """
            mutation($p: ID!, $d: JSON!) { createDocument(projectId: $p, collection: "notes", id: "n1", data: $d) { id data } }""";

    private String projectWithNotes(Caller owner) {
        String project = createProject(owner, "Notes");
        Result defined = graphql(owner, NOTES, Map.of("p", project));
        assertThat(defined.errors()).as(defined.body()).isEmpty();
        return project;
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_editor_writes_documents_that_a_viewer_reads_and_queries() {
        Caller ada = newCaller("ada");
        Caller bob = newCaller("bob");
        Caller vic = newCaller("vic");
        String project = projectWithNotes(ada);
        addMember(ada, project, bob, "EDITOR");
        addMember(ada, project, vic, "VIEWER");

        Result created = graphql(bob, CREATE, Map.of("p", project, "d", Map.of("title", "First", "score", 3)));
        Result second = graphql(bob, """
                mutation($p: ID!) { createDocument(projectId: $p, collection: "notes", id: "n2", data: {title: "Second", score: 7}) { id } }""",
                Map.of("p", project));
        Result patched = graphql(bob, """
                mutation($p: ID!) { patchDocument(projectId: $p, collection: "notes", id: "n1", patch: {score: 4}) { data } }""",
                Map.of("p", project));
        Result read = graphql(vic, """
                query($p: ID!) { document(projectId: $p, collection: "notes", id: "n1") { id data } }""", Map.of("p", project));
        Result queried = graphql(vic, """
                query($p: ID!) { documents(projectId: $p, collection: "notes", filter: {score: {gte: 4}}, sort: ["-score"]) { items { id } next } }""",
                Map.of("p", project));

        assertThat(created.errors()).as(created.body()).isEmpty();
        assertThat(created.map("createDocument")).containsEntry("id", "n1")
                .containsEntry("data", Map.of("title", "First", "score", 3));
        assertThat(second.errors()).as(second.body()).isEmpty();
        assertThat(patched.map("patchDocument")).containsEntry("data", Map.of("title", "First", "score", 4));
        assertThat(read.map("document")).containsEntry("data", Map.of("title", "First", "score", 4));
        assertThat((List<Map<String, Object>>) queried.map("documents").get("items")).extracting(d -> d.get("id"))
                .containsExactly("n2", "n1");
    }

    @Test
    void a_viewer_cannot_write_a_document_and_a_non_member_cannot_read_one() {
        Caller ada = newCaller("ada");
        Caller vic = newCaller("vic");
        Caller eve = newCaller("eve");
        String project = projectWithNotes(ada);
        addMember(ada, project, vic, "VIEWER");
        graphql(ada, CREATE, Map.of("p", project, "d", Map.of("title", "First")));

        Result viewerWrites = graphql(vic, CREATE, Map.of("p", project, "d", Map.of("title", "Mine")));
        Result viewerDeletes = graphql(vic, """
                mutation($p: ID!) { deleteDocument(projectId: $p, collection: "notes", id: "n1") }""", Map.of("p", project));
        Result strangerReads = graphql(eve, """
                query($p: ID!) { document(projectId: $p, collection: "notes", id: "n1") { data } }""", Map.of("p", project));
        Result strangerQueries = graphql(eve, """
                query($p: ID!) { documents(projectId: $p, collection: "notes") { items { id } } }""", Map.of("p", project));

        assertThat(viewerWrites.codes()).containsExactly("FORBIDDEN");
        assertThat(viewerDeletes.codes()).containsExactly("FORBIDDEN");
        assertThat(strangerReads.codes()).containsExactly("NOT_FOUND");
        assertThat(strangerQueries.codes()).containsExactly("NOT_FOUND");
        assertThat(strangerReads.body()).doesNotContain("First");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_document_that_breaks_the_schema_is_bad_user_input_listing_the_violations() {
        Caller ada = newCaller("ada");
        String project = projectWithNotes(ada);

        Result result = graphql(ada, CREATE, Map.of("p", project, "d", Map.of("title", "x".repeat(30))));

        assertThat(result.codes()).containsExactly("BAD_USER_INPUT");
        Map<String, Object> extensions = (Map<String, Object>) result.errors().get(0).get("extensions");
        assertThat((List<Map<String, Object>>) extensions.get("violations")).isNotEmpty()
                .allSatisfy(v -> assertThat(v).containsKeys("field", "message"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_subscriber_to_a_document_hears_a_graphql_write_to_it() {
        Caller ada = newCaller("ada");
        String project = projectWithNotes(ada);
        try (GraphqlWsClient client = new GraphqlWsClient(server.getURL().toString(), ada.token(), json)) {
            assertThat(client.init()).containsEntry("type", "connection_ack");
            client.send(Map.of("id", "d", "type", "subscribe", "payload", Map.of(
                    "query", "subscription($p: ID!) { documentChanges(projectId: $p, collection: \"notes\", documentId: \"n1\") { documentId fields } }",
                    "variables", Map.of("p", project))));

            Map<String, Object> next = null;
            for (int attempt = 0; attempt < 20 && next == null; attempt++) {
                graphql(ada, """
                        mutation($p: ID!, $t: String!) { replaceDocument(projectId: $p, collection: "notes", id: "n1", data: {title: $t}) { id } }""",
                        Map.of("p", project, "t", "v" + attempt));
                next = client.next(500);
            }

            assertThat(next).isNotNull().containsEntry("type", "next").containsEntry("id", "d");
            Map<String, Object> change = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    next.get("payload")).get("data")).get("documentChanges");
            assertThat(change).containsEntry("documentId", "n1");
            assertThat((List<String>) change.get("fields")).contains("title");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
