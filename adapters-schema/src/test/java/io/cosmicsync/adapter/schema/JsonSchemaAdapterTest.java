package io.cosmicsync.adapter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.domain.collection.FieldPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSchemaAdapterTest {

    private static final String TASK = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "title": {"type": "string", "maxLength": 200},
               "score": {"type": "integer", "minimum": 0},
               "status": {"enum": ["open", "done"]},
               "address": {"$ref": "#/$defs/address"},
               "tags": {"type": "array", "items": {"type": "string"}}
             },
             "required": ["title"],
             "$defs": {"address": {"type": "object", "properties": {"city": {"type": "string"}}}}}
            """;

    private final JsonSchemaAdapter schemas = new JsonSchemaAdapter();

    /** TASK with {@code from} replaced by {@code to}, which must occur. */
    private static String task(String from, String to) {
        assertThat(TASK).contains(from);
        return TASK.replace(from, to);
    }

    // --- usable schemas

    @Test
    void a_self_contained_object_schema_is_usable() {
        assertThat(schemas.problemsOf(TASK)).isEmpty();
        assertThat(schemas.problemsOf("{\"type\":\"object\"}")).isEmpty();
    }

    @Test
    void text_that_is_not_json_is_named_as_such() {
        assertThat(schemas.problemsOf("{\"type\": ")).singleElement().asString().startsWith("is not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"object\"", "42", "true"})
    void a_schema_must_be_a_json_object(String schema) {
        assertThat(schemas.problemsOf(schema)).containsExactly("must be a JSON object");
    }

    @Test
    void a_schema_that_breaks_the_meta_schema_is_refused_saying_where() {
        List<String> problems = schemas.problemsOf("{\"type\":\"object\",\"properties\":{\"n\":{\"minLength\":-1}}}");

        assertThat(problems).isNotEmpty().allSatisfy(problem ->
                assertThat(problem).startsWith("is not a valid JSON Schema (draft 2020-12)"));
        assertThat(String.join(" ", problems)).contains("minLength");
    }

    @Test
    void a_schema_must_describe_objects() {
        assertThat(schemas.problemsOf("{\"type\":\"string\"}"))
                .containsExactly("must describe documents, which are objects: set \"type\": \"object\" at the top");
        assertThat(schemas.problemsOf("{}")).hasSize(1);
    }

    @Test
    void a_schema_may_not_reach_outside_itself() {
        assertThat(schemas.problemsOf("{\"type\":\"object\",\"properties\":{\"a\":"
                + "{\"$ref\":\"https://example.org/evil.json\"}}}"))
                .containsExactly("may refer only into itself ($ref at #/properties/a must start with #)");
        assertThat(schemas.problemsOf("{\"$id\":\"https://example.org/s\",\"type\":\"object\"}"))
                .containsExactly("must not declare $id (at #): a collection schema stands alone");
    }

    @Test
    void a_reference_to_a_missing_definition_does_not_compile() {
        assertThat(schemas.problemsOf("{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/$defs/nope\"}}}"))
                .isNotEmpty();
    }

    // --- declared properties

    @Test
    void knows_which_properties_a_schema_declares_through_nesting_and_references() {
        assertThat(schemas.declares(TASK, new FieldPath("title"))).isTrue();
        assertThat(schemas.declares(TASK, new FieldPath("address.city"))).isTrue();
        assertThat(schemas.declares(TASK, new FieldPath("address.street"))).isFalse();
        assertThat(schemas.declares(TASK, new FieldPath("due"))).isFalse();
        assertThat(schemas.declares(TASK, new FieldPath("title.length"))).isFalse();
    }

    // --- compatibility

    @Test
    void the_same_schema_and_changed_annotations_are_compatible() {
        assertThat(schemas.breakingChanges(TASK, TASK)).isEmpty();
        assertThat(schemas.breakingChanges(TASK, task("\"maxLength\": 200}", "\"maxLength\": 200, "
                + "\"description\": \"what to do\"}"))).isEmpty();
    }

    @Test
    void adding_an_optional_property_is_compatible() {
        assertThat(schemas.breakingChanges(TASK, task("\"tags\":", "\"due\": {\"type\": \"string\"}, \"tags\":")))
                .isEmpty();
    }

    @Test
    void loosening_limits_types_and_enums_is_compatible() {
        String looser = task("\"maxLength\": 200", "\"maxLength\": 500")
                .replace("\"type\": \"integer\", \"minimum\": 0", "\"type\": \"number\"")
                .replace("[\"open\", \"done\"]", "[\"open\", \"done\", \"archived\"]")
                .replace("\"required\": [\"title\"]", "\"required\": []");

        assertThat(schemas.breakingChanges(TASK, looser)).isEmpty();
    }

    @Test
    void removing_a_property_breaks_older_documents() {
        assertThat(schemas.breakingChanges(TASK, task("\"score\": {\"type\": \"integer\", \"minimum\": 0},", "")))
                .containsExactly("property 'score' was removed");
    }

    @Test
    void making_a_property_required_breaks_older_documents() {
        assertThat(schemas.breakingChanges(TASK, task("\"required\": [\"title\"]", "\"required\": [\"title\", \"score\"]")))
                .containsExactly("property 'score' became required");
    }

    @Test
    void narrowing_a_type_an_enum_or_a_limit_breaks_older_documents() {
        assertThat(schemas.breakingChanges(TASK, task("\"type\": \"integer\", \"minimum\": 0", "\"type\": \"string\"")))
                .containsExactly("property 'score' may no longer be of type integer (now string)");
        assertThat(schemas.breakingChanges(TASK, task("[\"open\", \"done\"]", "[\"open\"]")))
                .containsExactly("property 'status' no longer allows the value \"done\"");
        assertThat(schemas.breakingChanges(TASK, task("\"maxLength\": 200", "\"maxLength\": 100")))
                .containsExactly("property 'title' has a lower maxLength (100)");
        assertThat(schemas.breakingChanges(TASK, task("\"minimum\": 0", "\"minimum\": 1")))
                .containsExactly("property 'score' has a higher minimum (1)");
    }

    @Test
    void changes_inside_references_and_array_items_are_found() {
        assertThat(schemas.breakingChanges(TASK, task("\"city\": {\"type\": \"string\"}", "\"city\": {\"type\": \"integer\"}")))
                .containsExactly("property 'address.city' may no longer be of type string (now integer)");
        assertThat(schemas.breakingChanges(TASK, task("\"items\": {\"type\": \"string\"}",
                "\"items\": {\"type\": \"string\", \"maxLength\": 10}")))
                .containsExactly("property 'tags[]' has a lower maxLength (10)");
    }

    @Test
    void forbidding_undeclared_properties_breaks_older_documents() {
        assertThat(schemas.breakingChanges(TASK, task("\"required\": [\"title\"],",
                "\"required\": [\"title\"], \"additionalProperties\": false,")))
                .containsExactly("the document no longer allows undeclared properties");
    }

    @Test
    void a_new_assertion_the_check_cannot_reason_about_counts_as_breaking() {
        assertThat(schemas.breakingChanges(TASK, task("\"maxLength\": 200", "\"maxLength\": 200, \"pattern\": \"^[A-Z]\"")))
                .containsExactly("property 'title' has a new or changed 'pattern', which older documents may not meet");
    }
}
