package io.cosmicsync.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.bootstrap.database.EmbeddedDatabase;
import io.cosmicsync.bootstrap.support.ApiTestSupport;
import io.cosmicsync.bootstrap.support.Http;
import io.cosmicsync.bootstrap.support.TempFiles;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectTransferApiTest extends ApiTestSupport {

    private static final Map<String, Object> SCHEMA_V1 = Map.of("type", "object",
            "properties", Map.of("title", Map.of("type", "string"), "votes", Map.of("type", "integer")));
    private static final Map<String, Object> SCHEMA_V2 = Map.of("type", "object",
            "properties", Map.of("title", Map.of("type", "string"), "votes", Map.of("type", "number"), "tags", Map.of("type", "array")));

    @Inject
    ApplyLocalMutationUseCase applyLocalMutation;

    private String projectWithData(Caller owner) {
        Http.Response created = http.post("/api/v1/projects", owner.token(), Map.of("name", "Engine", "description", "Notes, \"quoted\""));
        String project = (String) created.get("id");
        assertThat(http.post("/api/v1/projects/" + project + "/collections", owner.token(),
                Map.of("name", "notes", "schema", SCHEMA_V1, "indexes", List.of("title"), "conflict_policies", Map.of("votes", "keep_maximum")))
                .status()).isEqualTo(201);
        assertThat(http.put("/api/v1/projects/" + project + "/collections/notes", owner.token(),
                Map.of("schema", SCHEMA_V2, "indexes", List.of("title"), "conflict_policies", Map.of("votes", "keep_maximum"))).status()).isEqualTo(200);
        write(project, "notes", "n1", Map.of("title", Value.of("Plan, then \"build\""), "votes", Value.of(3),
                "tags", new Value.ListValue(List.of(Value.of("a"), Value.of("b")))));
        write(project, "notes", "n2", Map.of("title", Value.of("line one\nline two"), "done", new Value.BooleanValue(true),
                "meta", new Value.MapValue(Map.of("score", new Value.DoubleValue(0.5), "none", Value.ofNull()))));
        write(project, "sketches", "s1", Map.of("title", Value.of("no definition")));
        return project;
    }

    private void write(String project, String collection, String id, Map<String, Value> fields) {
        List<Mutation> mutations = new ArrayList<>();
        fields.forEach((field, value) -> mutations.add(new Mutation.SetField(field, value)));
        assertThat(applyLocalMutation.applyLocalMutation(new ApplyLocalMutationCommand(new DocumentRef(project, collection, id), mutations)))
                .isInstanceOf(LocalMutationResult.Applied.class);
    }

    private Map<String, Object> parse(String body) throws Exception {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_project_exported_from_one_node_imports_into_a_fresh_node_with_the_same_collections_and_documents() throws Exception {
        Caller ada = newCaller("ada");
        String project = projectWithData(ada);
        Http.Response exported = http.get("/api/v1/projects/" + project + "/export", ada.token());
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/json");

        Path directory = Files.createTempDirectory("cosmicsync-import-node");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
            properties.put("micronaut.server.port", -1);
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "other-" + UUID.randomUUID() + UUID.randomUUID());
            try (ApplicationContext other = ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext()) {
                Http there = new Http(other.getBean(EmbeddedServer.class).getURL().toString(), json);
                there.post("/api/v1/users", null, Map.of("username", "bob", "email", "bob@example.org", "password", PASSWORD));
                String token = (String) there.post("/api/v1/auth/login", null, Map.of("username", "bob", "password", PASSWORD)).get("access_token");

                Http.Response imported = there.send("POST", "/api/v1/projects/import", token, "application/json", exported.body());

                assertThat(imported.status()).as(imported.body()).isEqualTo(201);
                String copy = (String) imported.get("id");
                assertThat(copy).isNotEqualTo(project);
                assertThat(imported.get("name")).isEqualTo("Engine");
                Http.Response reExported = there.get("/api/v1/projects/" + copy + "/export", token);
                assertThat(parse(reExported.body())).isEqualTo(parse(exported.body()));
                Map<String, ?> documents = (Map<String, ?>) parse(exported.body()).get("documents");
                assertThat(documents.keySet()).containsExactly("notes", "sketches");
                assertThat((List<?>) documents.get("notes")).hasSize(2);
                Http.Response members = there.get("/api/v1/projects/" + copy + "/members", token);
                assertThat(members.body()).contains("\"role\":\"owner\"");
            }
        } finally {
            TempFiles.deleteRecursively(directory);
        }
    }

    @Test
    void one_collection_exports_as_csv_with_the_document_id_first_and_rfc4180_quoting() {
        Caller ada = newCaller("ada");
        String project = projectWithData(ada);

        Http.Response csv = http.get("/api/v1/projects/" + project + "/export?format=csv&collection=notes", ada.token());

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("_id,done,meta,tags,title,votes\r\n"
                + "n1,,,\"[\"\"a\"\",\"\"b\"\"]\",\"Plan, then \"\"build\"\"\",3\r\n"
                + "n2,true,\"{\"\"none\"\":null,\"\"score\"\":0.5}\",,\"line one\nline two\",\r\n");
    }

    @Test
    void a_non_member_cannot_export_and_a_bad_format_is_a_400() {
        Caller ada = newCaller("ada");
        Caller eve = newCaller("eve");
        String project = projectWithData(ada);

        Http.Response refused = http.get("/api/v1/projects/" + project + "/export", eve.token());
        Http.Response badFormat = http.get("/api/v1/projects/" + project + "/export?format=xml", ada.token());
        Http.Response csvWithoutCollection = http.get("/api/v1/projects/" + project + "/export?format=csv", ada.token());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.isProblem()).isTrue();
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.errorFields()).containsExactly("format");
        assertThat(csvWithoutCollection.errorFields()).containsExactly("collection");
    }

    @Test
    void bad_archives_are_400_problems_and_leave_no_project_behind() {
        Caller bob = newCaller("bob");
        String notJson = "{\"format\":";
        String wrongFormat = "{\"format\":\"zip\",\"version\":1}";
        String badDocument = archive("[]", "{\"notes\":[{\"id\":\"n1\",\"data\":{\"title\":\"ok\"}},{\"id\":\"\",\"data\":{}}]}");
        String badCollectionName = archive("[{\"name\":\"Not A Name\",\"versions\":[{\"schema\":{\"type\":\"object\"}}]}]", "{}");
        String reservedCollection = archive("[]", "{\"_members\":[{\"id\":\"x\",\"data\":{\"role\":\"owner\"}}]}");
        String refusedSchema = archive("[{\"name\":\"notes\",\"versions\":[{\"schema\":{\"type\":\"string\"}}]}]",
                "{\"notes\":[{\"id\":\"n1\",\"data\":{\"title\":\"x\"}}]}");

        for (String body : List.of(notJson, wrongFormat, badDocument, badCollectionName, reservedCollection, refusedSchema)) {
            Http.Response response = http.send("POST", "/api/v1/projects/import", bob.token(), "application/json", body);
            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.isProblem()).as(response.body()).isTrue();
        }
        assertThat((List<?>) http.get("/api/v1/projects", bob.token()).get("items")).isEmpty();
    }

    private static String archive(String collections, String documents) {
        return "{\"format\":\"cosmicsync-project\",\"version\":1,\"project\":{\"name\":\"Imported\",\"description\":\"\"},"
                + "\"collections\":" + collections + ",\"documents\":" + documents + "}";
    }
}
