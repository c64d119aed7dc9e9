package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.application.sync.port.out.SaveDocumentPort;
import io.cosmicsync.domain.sync.ConflictPolicy;
import io.cosmicsync.domain.sync.Document;
import io.cosmicsync.domain.sync.DocumentCodec;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Hlc;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LoadDocumentPort} and {@link SaveDocumentPort} on {@code sync_documents}: one row per document
 * with its whole CRDT state ({@link DocumentCodec} bytes, tombstones included) and, written in the same
 * statement, its materialized view as {@code jsonb} ({@link DocumentJson}, resolved with the collection's
 * conflict policy) plus the tombstone flag and {@code updated_hlc}, the newest HLC of a change applied to it.
 */
@Singleton
public final class DocumentPersistenceAdapter implements LoadDocumentPort, SaveDocumentPort {

    private static final String SELECT = "SELECT state FROM sync_documents WHERE scope = ? AND collection = ? AND doc_id = ?";
    private static final String SELECT_MANY = "SELECT d.scope, d.collection, d.doc_id, d.state FROM " + DocumentRefRows.JOIN_DOCUMENTS;
    /**
     * All rows in one statement: eight parallel arrays (scope, collection, id, state, JSON text, deleted, changed-at HLC
     * physical and logical), refs distinct. The stored {@code updated_hlc} only ever rises.
     */
    private static final String UPSERT = """
            INSERT INTO sync_documents AS d (scope, collection, doc_id, state, data, deleted, updated_hlc_physical, updated_hlc_logical)
            SELECT scope, collection, doc_id, state, data::jsonb, deleted, physical, logical
            FROM unnest(?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::boolean[], ?::bigint[], ?::int[])
              AS r(scope, collection, doc_id, state, data, deleted, physical, logical)
            ON CONFLICT (scope, collection, doc_id)
            DO UPDATE SET state = excluded.state, data = excluded.data, deleted = excluded.deleted,
              updated_hlc_physical = CASE WHEN (excluded.updated_hlc_physical, excluded.updated_hlc_logical)
                > (d.updated_hlc_physical, d.updated_hlc_logical) THEN excluded.updated_hlc_physical ELSE d.updated_hlc_physical END,
              updated_hlc_logical = CASE WHEN (excluded.updated_hlc_physical, excluded.updated_hlc_logical)
                > (d.updated_hlc_physical, d.updated_hlc_logical) THEN excluded.updated_hlc_logical ELSE d.updated_hlc_logical END""";

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

    /** One query for all of {@code refs}. */
    @Override
    public Map<DocumentRef, Document> loadDocuments(Collection<DocumentRef> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return StorageCalls.call("loading " + refs.size() + " documents", () -> jdbc.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_MANY)) {
                DocumentRefRows.bind(select, 1, refs);
                Map<DocumentRef, Document> found = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(DocumentRefRows.read(rs, 1), SyncEncodings.document(rs.getBytes(4)));
                    }
                }
                return found;
            }
        }));
    }

    @Override
    public void saveDocument(ChangedDocument document) {
        saveDocuments(List.of(document));
    }

    /**
     * One statement for all of {@code documents}; of two with the same ref, the later state and the newer HLC are stored.
     * Each collection's conflict policy (for the materialized JSON) is looked up once per call.
     */
    @Override
    public void saveDocuments(Collection<ChangedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Map<DocumentRef, ChangedDocument> byRef = new LinkedHashMap<>();
        documents.forEach(write -> byRef.merge(write.document().ref(), write, (earlier, later) ->
                new ChangedDocument(later.document(), Hlc.max(earlier.changedAt(), later.changedAt()))));
        List<ChangedDocument> rows = List.copyOf(byRef.values());
        int n = rows.size();
        byte[][] states = new byte[n][];
        String[] data = new String[n];
        Boolean[] deleted = new Boolean[n];
        Long[] physicals = new Long[n];
        Integer[] logicals = new Integer[n];
        Map<List<String>, ConflictPolicy> policyOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document document = rows.get(i).document();
            DocumentRef ref = document.ref();
            ConflictPolicy policy = policyOf.computeIfAbsent(List.of(ref.scope(), ref.collection()),
                    collection -> policies.loadConflictPolicy(collection.get(0), collection.get(1)));
            states[i] = DocumentCodec.encode(document);
            data[i] = DocumentJson.of(document.view(policy));
            deleted[i] = document.isDeleted();
            physicals[i] = rows.get(i).changedAt().physicalMillis();
            logicals[i] = rows.get(i).changedAt().logical();
        }
        String what = n == 1 ? "saving document " + rows.get(0).document().ref() : "saving " + n + " documents";
        StorageCalls.run(what, () -> jdbc.execute(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                DocumentRefRows.bind(upsert, 1, byRef.keySet());
                SqlValues.bindArray(upsert, 4, states);
                SqlValues.bindArray(upsert, 5, data);
                SqlValues.bindArray(upsert, 6, deleted);
                SqlValues.bindArray(upsert, 7, physicals);
                SqlValues.bindArray(upsert, 8, logicals);
                return upsert.executeUpdate();
            }
        }));
    }
}
