package io.cosmicsync.adapter.persistence.transfer;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.transfer.ArchivedDocument;
import io.cosmicsync.application.transfer.port.out.LoadProjectDocumentsPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** {@link LoadProjectDocumentsPort} on {@code sync_documents}: the stored JSON of a scope's live documents. */
@Singleton
public final class ProjectDocumentsPersistenceAdapter implements LoadProjectDocumentsPort {

    private static final String SELECT = """
            SELECT collection, doc_id, data::text FROM sync_documents
            WHERE scope = ? AND NOT deleted ORDER BY collection COLLATE "C", doc_id COLLATE "C\"""";

    private final JdbcOperations jdbc;

    ProjectDocumentsPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ArchivedDocument> loadDocuments(String scope) {
        return StorageCalls.call("loading the documents of " + scope, () -> JdbcStatements.withStatement(jdbc, SELECT, select -> {
            select.setString(1, scope);
            select.setFetchSize(500);
            List<ArchivedDocument> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArchivedDocument(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        }));
    }
}
