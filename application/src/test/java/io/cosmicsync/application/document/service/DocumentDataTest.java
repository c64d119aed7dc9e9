package io.cosmicsync.application.document.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentDataTest {

    private static Value map(String key, Value value) {
        return new Value.MapValue(Map.of(key, value));
    }

    @Test
    void a_merge_patch_sets_removes_with_null_and_merges_objects_deeply() {
        Map<String, Value> target = Map.of("title", Value.of("Plan"), "score", Value.of(3),
                "address", new Value.MapValue(Map.of("city", Value.of("Lyon"), "zip", Value.of("69001"))));

        Map<String, Value> patched = DocumentData.mergePatch(target, Map.of("score", Value.ofNull(),
                "status", Value.of("open"), "address", map("city", Value.of("Paris"))));

        assertThat(patched).isEqualTo(Map.of("title", Value.of("Plan"), "status", Value.of("open"),
                "address", new Value.MapValue(Map.of("city", Value.of("Paris"), "zip", Value.of("69001")))));
    }

    @Test
    void only_changed_fields_are_written_and_missing_ones_removed() {
        List<Mutation> mutations = DocumentData.mutations(
                Map.of("title", Value.of("Plan"), "score", Value.of(3), "old", new Value.BooleanValue(true)),
                Map.of("title", Value.of("Plan"), "score", Value.of(4)), Set.of());

        assertThat(mutations).containsExactlyInAnyOrder(new Mutation.SetField("score", Value.of(4)),
                new Mutation.RemoveField("old"));
    }

    @Test
    void a_text_change_becomes_the_smallest_delete_and_insert_in_code_points() {
        List<Mutation> edits = new ArrayList<>();
        DocumentData.textDiff("notes", "Hello 🌍 world", "Hello 🌍 brave world", edits);
        List<Mutation> replaced = new ArrayList<>();
        DocumentData.textDiff("notes", "a🌍c", "a🌎c", replaced);
        List<Mutation> same = new ArrayList<>();
        DocumentData.textDiff("notes", "same", "same", same);

        assertThat(edits).containsExactly(new Mutation.InsertText("notes", 8, "brave "));
        assertThat(replaced).containsExactly(new Mutation.DeleteText("notes", 1, 1), new Mutation.InsertText("notes", 1, "🌎"));
        assertThat(same).isEmpty();
    }

    @Test
    void text_fields_must_be_strings_and_indexed_values_must_fit_an_index_entry() {
        Map<String, Value> data = Map.of("notes", Value.of(3), "title", Value.of("x".repeat(DocumentData.MAX_INDEXED_BYTES)),
                "address", map("city", Value.of("Lyon")));

        assertThat(DocumentData.ruleViolations(data, Set.of("notes"), List.of(new FieldPath("title"),
                new FieldPath("address.city"), new FieldPath("missing"))))
                .extracting(v -> v.field()).containsExactly("/notes", "/title");
    }
}
