package io.cosmicsync.adapter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentAdapterTest {

    private static final String TASK = """
            {"type": "object",
             "properties": {
               "title": {"type": "string", "maxLength": 5},
               "notes": {"type": "string", "x-collaborative": true},
               "address": {"type": "object", "properties": {"city": {"type": "string"}}}
             },
             "required": ["title"]}
            """;

    private final JsonDocumentAdapter documents = new JsonDocumentAdapter();
    private final JsonSchemaAdapter schemas = new JsonSchemaAdapter();

    @Test
    void a_valid_document_has_no_violations_and_an_invalid_one_names_each_by_json_pointer() {
        assertThat(documents.violations(TASK, Map.of("title", Value.of("Plan")))).isEmpty();

        List<Outcome.Violation> violations = documents.violations(TASK, Map.of("title", Value.of("Too long"),
                "address", new Value.MapValue(Map.of("city", Value.of(3)))));
        List<Outcome.Violation> missing = documents.violations(TASK, Map.of());

        assertThat(violations).extracting(Outcome.Violation::field).containsExactlyInAnyOrder("/title", "/address/city");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotStartWith("/"));
        assertThat(missing).singleElement().satisfies(v -> {
            assertThat(v.field()).isEmpty();
            assertThat(v.message()).contains("title");
        });
    }

    @Test
    void collaborative_text_is_a_top_level_string_property_marked_x_collaborative() {
        assertThat(documents.collaborativeTextFields(TASK)).containsExactly("notes");
        assertThat(schemas.problemsOf(TASK)).isEmpty();
        assertThat(schemas.problemsOf(TASK.replace("\"type\": \"string\", \"x-collaborative\": true",
                "\"type\": \"integer\", \"x-collaborative\": true"))).singleElement().asString().contains("notes");
        assertThat(schemas.problemsOf(TASK.replace("\"city\": {\"type\": \"string\"}",
                "\"city\": {\"type\": \"string\", \"x-collaborative\": true}"))).singleElement().asString()
                .contains("only top-level properties");
    }

    @Test
    void turning_collaborative_text_on_or_off_is_a_breaking_change() {
        String plain = TASK.replace(", \"x-collaborative\": true", "");

        assertThat(schemas.breakingChanges(TASK, plain)).singleElement().asString().contains("no longer collaborative");
        assertThat(schemas.breakingChanges(plain, TASK)).singleElement().asString().contains("x-collaborative");
        assertThat(schemas.breakingChanges(TASK, TASK)).isEmpty();
    }
}
