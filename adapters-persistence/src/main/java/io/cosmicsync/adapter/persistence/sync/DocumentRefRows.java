package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.domain.sync.DocumentRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Document refs in SQL: a list of refs as three parallel array parameters (scope, collection, id) that SQL unnests,
 * and a ref read back from three columns. The refs of {@code sync_documents} rows, like {@link VectorRows} for vectors.
 */
final class DocumentRefRows {
    /** The refs parameter as a relation {@code r(scope, collection, doc_id)}: three array parameters. */
    static final String UNNEST = "unnest(?::text[], ?::text[], ?::text[]) AS r(scope, collection, doc_id)";
    /** Joins {@code sync_documents d} to the refs bound to {@link #UNNEST}. */
    static final String JOIN_DOCUMENTS = "sync_documents d JOIN " + UNNEST
            + " ON d.scope = r.scope AND d.collection = r.collection AND d.doc_id = r.doc_id";

    private DocumentRefRows() {
    }

    /** Binds {@code refs}, in iteration order, to the three parameters starting at {@code first}. */
    static void bind(PreparedStatement statement, int first, Collection<DocumentRef> refs) throws SQLException {
        SqlValues.bindArray(statement, first, refs.stream().map(DocumentRef::scope).toArray(String[]::new));
        SqlValues.bindArray(statement, first + 1, refs.stream().map(DocumentRef::collection).toArray(String[]::new));
        SqlValues.bindArray(statement, first + 2, refs.stream().map(DocumentRef::id).toArray(String[]::new));
    }

    /** The ref in the three columns starting at {@code first} (scope, collection, id). */
    static DocumentRef read(ResultSet rs, int first) throws SQLException {
        return new DocumentRef(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2));
    }
}
