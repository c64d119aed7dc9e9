package io.cosmicsync.adapter.persistence.document;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.document.query.DocumentPage;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.DocumentRef;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link QueryDocumentsPort} on {@code sync_documents.data} (the materialized JSON the sync core keeps),
 * one statement per call, outside any transaction unless the caller has one. The SQL is
 * {@link DocumentQuerySql}'s; pages are keyset pages ({@link DocumentCursor}), fetched one row beyond the
 * limit to know whether another page follows.
 */
@Singleton
public final class DocumentQueryAdapter implements QueryDocumentsPort {

    /** PostgreSQL's invalid_text_representation: a cursor value that is not JSON. */
    private static final String INVALID_TEXT = "22P02";

    private final JdbcOperations jdbc;

    DocumentQueryAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredDocument> findDocument(DocumentRef ref, List<FieldPath> fields) {
        DocumentQuerySql query = DocumentQuerySql.find(ref.scope(), ref.collection(), ref.id(), fields);
        return StorageCalls.call("reading document " + ref.id(), () -> jdbc.execute(connection -> {
            try (var statement = query.prepare(connection, ""); ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(document(rs, fields)) : Optional.<StoredDocument>empty();
            }
        }));
    }

    @Override
    public DocumentPage queryDocuments(DocumentSelection selection) {
        DocumentCursor cursor = selection.cursor() == null ? null
                : DocumentCursor.decode(selection.cursor(), selection.sort());
        DocumentQuerySql query = DocumentQuerySql.select(selection, cursor);
        try {
            return StorageCalls.call("querying collection " + selection.collection(), () -> jdbc.execute(connection -> {
                try (var statement = query.prepare(connection, ""); ResultSet rs = statement.executeQuery()) {
                    return page(rs, selection);
                }
            }));
        } catch (RuntimeException e) {
            if (cursor != null && INVALID_TEXT.equals(sqlState(e))) {
                throw DocumentCursor.bad();
            }
            throw e;
        }
    }

    /** The plan of {@code selection}'s query: {@code EXPLAIN (ANALYZE, FORMAT TEXT)} output, one line per row. */
    public List<String> explain(DocumentSelection selection) {
        DocumentQuerySql query = DocumentQuerySql.select(selection, null);
        return jdbc.execute(connection -> {
            List<String> lines = new ArrayList<>();
            try (var statement = query.prepare(connection, "EXPLAIN (ANALYZE, COSTS OFF) ");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        });
    }

    private static DocumentPage page(ResultSet rs, DocumentSelection selection) throws SQLException {
        List<StoredDocument> items = new ArrayList<>();
        DocumentCursor last = null;
        while (rs.next()) {
            if (items.size() == selection.limit()) {
                return new DocumentPage(items, Optional.of(last.encode(selection.sort())));
            }
            items.add(document(rs, selection.fields()));
            List<String> sortValues = new ArrayList<>();
            int first = 2 + Math.max(1, selection.fields().size());
            for (int i = 0; i < selection.sort().size(); i++) {
                sortValues.add(rs.getString(first + i));
            }
            last = new DocumentCursor(sortValues, rs.getString(1));
        }
        return new DocumentPage(items, Optional.empty());
    }

    private static StoredDocument document(ResultSet rs, List<FieldPath> fields) throws SQLException {
        if (fields.isEmpty()) {
            return new StoredDocument(rs.getString(1), rs.getString(2));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            values.add(rs.getString(2 + i));
        }
        return new StoredDocument(rs.getString(1), JsonValues.projection(fields, values));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
