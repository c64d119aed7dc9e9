package io.cosmicsync.adapter.persistence.document;

import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.Filter;
import io.cosmicsync.application.document.query.SortKey;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a document query on {@code sync_documents}, with its parameters. Every caller value is a
 * bind parameter: field paths as {@code text[]} to {@code data #> ?}, operands as {@code jsonb}. The
 * statement is planned with its parameter values (an unnamed statement, see {@link #prepare}), so that
 * {@code data #> $1} with {@code $1 = '{title}'} matches the expression index on {@code data #> '{title}'}
 * and {@code scope = $2} the index's partial predicate.
 *
 * <p>Conditions on a field value {@code v = data #> path} (SQL NULL when the field is missing):
 * {@code eq}: {@code v = x}; {@code ne}: {@code v IS DISTINCT FROM x}; {@code lt..gte}: {@code v < x} and
 * {@code jsonb_typeof(v)} the type of {@code x}; {@code in}: {@code v IN (x1, ...)}; {@code contains}: an
 * array {@code v @> [x]}, or a string {@code v} holding the string {@code x}; {@code exists}:
 * {@code v IS [NOT] NULL}. Sort keys are {@code COALESCE(v, 'null')} (missing sorts with JSON null) and
 * then {@code doc_id}; the cursor condition is the lexicographic "after" over those keys.
 */
final class DocumentQuerySql {

    private static final String SORT_VALUE = "COALESCE(data #> CAST(? AS text[]), 'null'::jsonb)";

    private final StringBuilder sql = new StringBuilder(256);
    private final List<Object> params = new ArrayList<>();

    /** The path parameter of a field. */
    private record Path(String[] segments) {
    }

    private DocumentQuerySql() {
    }

    /**
     * The query for {@code selection}; {@code cursor} is its decoded cursor or null. Columns: {@code doc_id},
     * then {@code data} (or one jsonb column per projected field), then the JSON text of each sort value.
     */
    static DocumentQuerySql select(DocumentSelection selection, DocumentCursor cursor) {
        DocumentQuerySql q = new DocumentQuerySql();
        q.sql.append("SELECT doc_id");
        q.columns(selection.fields());
        for (SortKey key : selection.sort()) {
            q.sql.append(", ").append(SORT_VALUE).append("::text");
            q.params.add(path(key.field()));
        }
        q.sql.append(" FROM sync_documents WHERE scope = ? AND collection = ? AND NOT deleted AND ");
        q.params.add(selection.projectId().toString());
        q.params.add(selection.collection().value());
        q.filter(selection.filter());
        if (cursor != null) {
            q.sql.append(" AND ");
            q.after(selection.sort(), cursor, 0);
        }
        q.sql.append(" ORDER BY ");
        for (SortKey key : selection.sort()) {
            q.sql.append(SORT_VALUE).append(key.descending() ? " DESC, " : " ASC, ");
            q.params.add(path(key.field()));
        }
        q.sql.append("doc_id ASC LIMIT ?");
        q.params.add(selection.limit() + 1);
        return q;
    }

    /** One live document by id, columns as in {@link #select}. */
    static DocumentQuerySql find(String scope, String collection, String id, List<FieldPath> fields) {
        DocumentQuerySql q = new DocumentQuerySql();
        q.sql.append("SELECT doc_id");
        q.columns(fields);
        q.sql.append(" FROM sync_documents WHERE scope = ? AND collection = ? AND doc_id = ? AND NOT deleted");
        q.params.add(scope);
        q.params.add(collection);
        q.params.add(id);
        return q;
    }

    /** The SQL text, parameters as {@code ?}. */
    String sql() {
        return sql.toString();
    }

    /**
     * The statement prepared on {@code connection} with every parameter bound, planned with its values
     * (prepare threshold 0: never a server-side named statement with a generic plan).
     */
    PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql);
        statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            if (param instanceof Path path) {
                statement.setArray(i + 1, connection.createArrayOf("text", path.segments()));
            } else if (param instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) param);
            }
        }
        return statement;
    }

    private void columns(List<FieldPath> fields) {
        if (fields.isEmpty()) {
            sql.append(", data::text");
        }
        for (FieldPath field : fields) {
            sql.append(", (data #> CAST(? AS text[]))::text");
            params.add(path(field));
        }
    }

    private void filter(Filter filter) {
        if (filter instanceof Filter.All all) {
            junction(all.conditions(), " AND ", "TRUE");
        } else if (filter instanceof Filter.Any any) {
            junction(any.conditions(), " OR ", "FALSE");
        } else if (filter instanceof Filter.Exists exists) {
            value(exists.field());
            sql.append(exists.present() ? " IS NOT NULL" : " IS NULL");
        } else if (filter instanceof Filter.In in) {
            value(in.field());
            sql.append(" IN (");
            for (int i = 0; i < in.values().size(); i++) {
                sql.append(i > 0 ? ", " : "").append("CAST(? AS jsonb)");
                params.add(JsonValues.json(in.values().get(i)));
            }
            sql.append(')');
        } else {
            compare((Filter.Compare) filter);
        }
    }

    private void junction(List<Filter> conditions, String operator, String empty) {
        if (conditions.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i > 0 ? operator : "");
            filter(conditions.get(i));
        }
        sql.append(')');
    }

    private void compare(Filter.Compare c) {
        switch (c.op()) {
            case EQ -> binary(c.field(), " = ", c.operand());
            case NE -> binary(c.field(), " IS DISTINCT FROM ", c.operand());
            case CONTAINS -> {
                sql.append("((jsonb_typeof(");
                value(c.field());
                sql.append(") = 'array' AND ");
                binaryJson(c.field(), " @> ", JsonValues.jsonArrayOf(c.operand()));
                sql.append(") OR (jsonb_typeof(");
                value(c.field());
                sql.append(") = 'string' AND strpos(data #>> CAST(? AS text[]), ?) > 0))");
                params.add(path(c.field()));
                params.add(c.operand() instanceof Value.StringValue s ? s.value() : null);
            }
            default -> {
                sql.append("(jsonb_typeof(");
                value(c.field());
                sql.append(") = ? AND ");
                params.add(c.operand() instanceof Value.StringValue ? "string" : "number");
                binary(c.field(), switch (c.op()) {
                    case LT -> " < ";
                    case LTE -> " <= ";
                    case GT -> " > ";
                    default -> " >= ";
                }, c.operand());
                sql.append(')');
            }
        }
    }

    private void binary(FieldPath field, String operator, Value operand) {
        binaryJson(field, operator, JsonValues.json(operand));
    }

    private void binaryJson(FieldPath field, String operator, String json) {
        value(field);
        sql.append(operator).append("CAST(? AS jsonb)");
        params.add(json);
    }

    private void value(FieldPath field) {
        sql.append("(data #> CAST(? AS text[]))");
        params.add(path(field));
    }

    /** Rows after the cursor: sort key {@code i} beyond its value, or equal and the rest after. */
    private void after(List<SortKey> sort, DocumentCursor cursor, int i) {
        if (i == sort.size()) {
            sql.append("doc_id > ?");
            params.add(cursor.id());
            return;
        }
        SortKey key = sort.get(i);
        sql.append('(').append(SORT_VALUE).append(key.descending() ? " < " : " > ").append("CAST(? AS jsonb) OR (")
                .append(SORT_VALUE).append(" = CAST(? AS jsonb) AND ");
        params.add(path(key.field()));
        params.add(cursor.values().get(i));
        params.add(path(key.field()));
        params.add(cursor.values().get(i));
        after(sort, cursor, i + 1);
        sql.append("))");
    }

    private static Path path(FieldPath field) {
        return new Path(field.segments().toArray(String[]::new));
    }
}
