package io.cosmicsync.adapter.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.application.document.query.DocumentPage;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.Filter;
import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The query adapter on real PostgreSQL: results, pages and plans. The rows are inserted with SQL (the
 * adapter reads only {@code data}; {@code state} is a placeholder here), 20,000 of them, then ANALYZEd.
 */
@MicronautTest(transactional = false)
class DocumentQueryAdapterTest extends PostgresTest {

    /** Rows of most tests. */
    private static final int ROWS = 20_000;
    /**
     * Rows of the plan test: at this size and page size 50, the planner walks the primary key in id order
     * unless it has statistics on the indexed expression (measured; see {@link DocumentIndexAdapter}).
     */
    private static final int PLAN_ROWS = 100_000;
    private static final CollectionName TASKS = new CollectionName("tasks");

    @Inject
    DocumentQueryAdapter queries;

    @Inject
    DocumentIndexAdapter indexes;

    private final ProjectId project = ProjectId.random();

    private void seed() {
        seed(ROWS);
    }

    /** {@code rows} tasks: rank i, score i % (rows / 10) (10 rows per value), status cycling open/done/late, every 10th without a title. */
    private void seed(int rows) {
        jdbc.execute(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO sync_documents (scope, collection, doc_id, state, data, deleted)"
                    + " SELECT ?, 'tasks', 'task-' || lpad(i::text, 6, '0'), '\\x00'::bytea, jsonb_strip_nulls(jsonb_build_object("
                    + "'rank', i, 'score', i % ?, 'status', (ARRAY['open','done','late'])[1 + i % 3],"
                    + " 'title', CASE WHEN i % 10 = 0 THEN NULL ELSE 'Task ' || i END,"
                    + " 'tags', CASE WHEN i % 100 = 7 THEN '[\"urgent\"]'::jsonb ELSE '[]'::jsonb END)), false"
                    + " FROM generate_series(1, ?) AS i")) {
                insert.setString(1, project.toString());
                insert.setInt(2, rows / 10);
                insert.setInt(3, rows);
                insert.executeUpdate();
            }
            try (var analyze = connection.createStatement()) {
                analyze.execute("ANALYZE sync_documents");
            }
            return null;
        });
    }

    @AfterEach
    void removeRowsAndIndexes() {
        indexes.dropIndexes(project, TASKS, List.of(new FieldPath("score"), new FieldPath("status")));
        jdbc.execute(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM sync_documents WHERE scope = ?")) {
                delete.setString(1, project.toString());
                return delete.executeUpdate();
            }
        });
    }

    private DocumentSelection select(Filter filter, List<SortKey> sort, String cursor, int limit, List<FieldPath> fields) {
        return new DocumentSelection(project, TASKS, filter, sort, cursor, limit, fields);
    }

    /** Up to 500 documents the filter selects. */
    private DocumentSelection all(Filter filter) {
        return select(filter, List.of(), null, DocumentSelection.MAX_LIMIT, List.of());
    }

    /** The filter with the API's default page size (which tempts the planner to walk the primary key in id order). */
    private DocumentSelection where(Filter filter) {
        return select(filter, List.of(), null, DocumentSelection.DEFAULT_LIMIT, List.of());
    }

    private static Filter eq(String field, Value value) {
        return new Filter.Compare(new FieldPath(field), Filter.Operator.EQ, value);
    }

    private static String plan(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void an_indexed_equality_or_range_query_uses_its_expression_index_and_an_unindexed_one_does_not() {
        seed(PLAN_ROWS);
        indexes.createIndexes(project, TASKS, List.of(new FieldPath("score"), new FieldPath("status")));
        jdbc.execute(connection -> connection.createStatement().execute("ANALYZE sync_documents"));
        String scoreIndex = DocumentIndexAdapter.indexName(project, TASKS, new FieldPath("score"));

        String equality = plan(queries.explain(where(eq("score", Value.of(42)))));
        String range = plan(queries.explain(where(new Filter.Compare(new FieldPath("score"), Filter.Operator.GTE,
                Value.of(PLAN_ROWS / 10 - 2)))));
        String unindexed = plan(queries.explain(where(eq("rank", Value.of(42)))));

        assertThat(equality).as(equality).contains("Index", scoreIndex).doesNotContain("Seq Scan");
        assertThat(range).as(range).contains(scoreIndex);
        assertThat(unindexed).as(unindexed).doesNotContain("sync_documents_idx_");
        assertThat(queries.queryDocuments(where(eq("score", Value.of(42)))).items()).hasSize(10);
    }

    @Test
    void a_dropped_index_is_no_longer_used() {
        seed();
        indexes.createIndexes(project, TASKS, List.of(new FieldPath("score")));
        indexes.dropIndexes(project, TASKS, List.of(new FieldPath("score")));

        assertThat(plan(queries.explain(where(eq("score", Value.of(42)))))).doesNotContain("sync_documents_idx_");
    }

    @Test
    void operators_compare_numbers_numerically_strings_as_text_and_missing_fields_as_absent() {
        seed();

        assertThat(queries.queryDocuments(all(new Filter.All(List.of(
                new Filter.Compare(new FieldPath("score"), Filter.Operator.LT, Value.of(100)),
                new Filter.Compare(new FieldPath("score"), Filter.Operator.GT, new Value.DoubleValue(98.5))))))
                .items()).hasSize(10);
        assertThat(queries.queryDocuments(all(new Filter.Compare(new FieldPath("title"), Filter.Operator.GTE,
                Value.of("Task 9999")))).items()).extracting(StoredDocument::id)
                .contains("task-009999").doesNotContain("task-010000");
        assertThat(queries.queryDocuments(all(new Filter.Compare(new FieldPath("title"), Filter.Operator.GTE,
                Value.of(0)))).items()).isEmpty();
        assertThat(queries.queryDocuments(all(new Filter.All(List.of(new Filter.Exists(new FieldPath("title"), false),
                new Filter.Compare(new FieldPath("rank"), Filter.Operator.LTE, Value.of(30)))))).items())
                .extracting(StoredDocument::id).containsExactly("task-000010", "task-000020", "task-000030");
        assertThat(queries.queryDocuments(all(new Filter.All(List.of(
                new Filter.Compare(new FieldPath("tags"), Filter.Operator.CONTAINS, Value.of("urgent")),
                new Filter.In(new FieldPath("status"), List.of(Value.of("open"), Value.of("late"))),
                new Filter.Compare(new FieldPath("rank"), Filter.Operator.NE, Value.of(7)))))).items())
                .allSatisfy(d -> assertThat(d.json()).contains("urgent")).hasSize(ROWS / 100 * 2 / 3);
    }

    @Test
    void keyset_pages_visit_every_row_once_in_sort_order_then_by_id() {
        seed();
        DocumentSelection first = select(new Filter.Compare(new FieldPath("rank"), Filter.Operator.LTE, Value.of(250)),
                List.of(new SortKey(new FieldPath("status"), true), new SortKey(new FieldPath("title"), false)),
                null, 40, List.of(new FieldPath("status"), new FieldPath("title")));

        List<String> seen = new ArrayList<>();
        DocumentPage page = queries.queryDocuments(first);
        int pages = 1;
        while (true) {
            page.items().forEach(d -> seen.add(d.id()));
            if (page.nextCursor().isEmpty()) {
                break;
            }
            page = queries.queryDocuments(select(first.filter(), first.sort(), page.nextCursor().get(), 40, first.fields()));
            pages++;
        }

        assertThat(seen).hasSize(250).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(7);
        assertThat(queries.queryDocuments(first).items().get(0).json()).startsWith("{\"status\":\"open\"");
    }

    @Test
    void a_tampered_cursor_is_an_invalid_cursor_not_a_storage_failure() {
        seed();
        List<SortKey> sort = List.of(new SortKey(new FieldPath("title"), false));
        String tampered = new DocumentCursor(List.of("{not json"), "task-000001").encode(sort);

        assertThatThrownBy(() -> queries.queryDocuments(select(Filter.NONE, sort, tampered, 10, List.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cursor");
        assertThatThrownBy(() -> queries.queryDocuments(select(Filter.NONE, sort, "AAAA", 10, List.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cursor");
    }

    @Test
    void find_shows_a_live_document_or_its_projection() {
        seed();
        DocumentRef ref = new DocumentRef(project.toString(), "tasks", "task-000007");

        assertThat(queries.findDocument(ref, List.of()).orElseThrow().json())
                .isEqualTo("{\"rank\": 7, \"tags\": [\"urgent\"], \"score\": 7, \"title\": \"Task 7\", \"status\": \"done\"}");
        assertThat(queries.findDocument(ref, List.of(new FieldPath("title"), new FieldPath("nothing"))).orElseThrow().json())
                .isEqualTo("{\"title\":\"Task 7\"}");
        assertThat(queries.findDocument(new DocumentRef(project.toString(), "tasks", "task-999999"), List.of())).isEmpty();
    }
}
