package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.DocumentRef;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * {@link LoadDocumentPort} and {@link SaveDocumentPort} on {@code sync_documents}: one row per document
 * with its whole CRDT state ({@link DocumentCodec} bytes, tombstones included) and, written in the same
 * statement, its materialized view as {@code jsonb} ({@link DocumentJson}, resolved with the collection's
 * conflict policy) plus the tombstone flag. {@code updated_hlc} is raised by the change log when the
 * change that produced this state is appended ({@link ChangeLogWriteAdapter}).
 */
@Singleton
public final class DocumentPersistenceAdapter implements LoadDocumentPort, SaveDocumentPort {

    private static final String SELECT = "SELECT state FROM sync_documents WHERE scope = ? AND collection = ? AND doc_id = ?";
    private static final String UPSERT = """
            INSERT INTO sync_documents (scope, collection, doc_id, state, data, deleted) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)
            ON CONFLICT (scope, collection, doc_id)
            DO UPDATE SET state = excluded.state, data = excluded.data, deleted = excluded.deleted""";

    private final JdbcOperations jdbc;
    private final LoadConflictPolicyPort policies;

    DocumentPersistenceAdapter(JdbcOperations jdbc, LoadConflictPolicyPort policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @Override
    public Optional<Document> loadDocument(DocumentRef ref) {
        Optional<byte[]> state = StorageCalls.call("loading document " + ref, () -> JdbcStatements.withStatement(jdbc, SELECT, select -> {
            select.setString(1, ref.scope());
            select.setString(2, ref.collection());
            select.setString(3, ref.id());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
            }
        }));
        return state.map(SyncEncodings::document);
    }

    @Override
    public void saveDocument(Document document) {
        DocumentRef ref = document.ref();
        byte[] state = DocumentCodec.encode(document);
        String data = DocumentJson.of(document.view(policies.loadConflictPolicy(ref.scope(), ref.collection())));
        StorageCalls.run("saving document " + ref, () -> JdbcStatements.withStatement(jdbc, UPSERT, upsert -> {
            upsert.setString(1, ref.scope());
            upsert.setString(2, ref.collection());
            upsert.setString(3, ref.id());
            upsert.setBytes(4, state);
            upsert.setString(5, data);
            upsert.setBoolean(6, document.isDeleted());
            return upsert.executeUpdate();
        }));
    }
}
