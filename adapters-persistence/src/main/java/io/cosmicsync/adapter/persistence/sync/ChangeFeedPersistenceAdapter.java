package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.feed.FeedBatch;
import io.cosmicsync.application.feed.FeedDocument;
import io.cosmicsync.application.feed.LoggedChange;
import io.cosmicsync.application.feed.port.out.LoadChangeFeedPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.Operation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@link LoadChangeFeedPort} on {@code sync_changes} (its {@code seq} and {@code scopes} columns) and the
 * current JSON of the touched documents in {@code sync_documents}. Rows logged before the {@code scopes}
 * column existed have it NULL: their bodies are decoded to find their scopes. Two statements per page, no
 * transaction: positions up to a {@code newestSeq()} already returned are all committed.
 */
@Singleton
public final class ChangeFeedPersistenceAdapter implements LoadChangeFeedPort {

    private static final String NEWEST = "SELECT coalesce(max(seq), 0) FROM sync_changes";
    private static final String PAGE = """
            SELECT seq, body, scopes FROM sync_changes
            WHERE seq > ? AND seq <= ? AND (scopes && ?::text[] OR scopes IS NULL)
            ORDER BY seq LIMIT ?""";
    private static final String DOCUMENTS = "SELECT d.scope, d.collection, d.doc_id, d.deleted, d.data::text FROM "
            + DocumentRefRows.JOIN_DOCUMENTS;

    private final JdbcOperations jdbc;

    ChangeFeedPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long newestSeq() {
        return StorageCalls.call("reading the newest change position", () -> jdbc.execute(connection -> {
            try (PreparedStatement select = connection.prepareStatement(NEWEST); ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    @Override
    public FeedBatch loadChanges(Set<String> scopes, long after, long upTo, int max) {
        if (scopes.isEmpty() || max < 1 || upTo <= after) {
            return new FeedBatch(List.of(), Math.max(after, upTo));
        }
        return StorageCalls.call("reading the change feed", () -> jdbc.execute(connection -> page(connection, scopes, after, upTo, max)));
    }

    private static FeedBatch page(Connection connection, Set<String> scopes, long after, long upTo, int max) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(PAGE)) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            SqlValues.bindArray(select, 3, scopes.toArray(String[]::new));
            select.setInt(4, max);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getBytes(2), strings(rs.getArray(3))));
                }
            }
        }
        long through = rows.size() == max ? rows.get(rows.size() - 1).seq() : upTo;
        List<Object> decoded = new ArrayList<>();
        SortedSet<DocumentRef> touched = new TreeSet<>();
        for (Row row : rows) {
            if (row.body() == null) {
                decoded.add(new LoggedChange.Pruned(row.seq(), row.scopes() == null ? Set.of() : Set.copyOf(row.scopes())));
                continue;
            }
            Change change = SyncEncodings.change(row.body());
            if (row.scopes() == null && Collections.disjoint(ChangeScopes.of(change), scopes)) {
                continue;
            }
            touched.addAll(refs(change));
            decoded.add(new Decoded(row.seq(), change));
        }
        Map<DocumentRef, FeedDocument> documents = documents(connection, touched);
        List<LoggedChange> page = new ArrayList<>();
        for (Object item : decoded) {
            if (item instanceof Decoded d) {
                List<FeedDocument> docs = refs(d.change()).stream()
                        .map(ref -> documents.getOrDefault(ref, new FeedDocument(ref, false, "{}"))).toList();
                page.add(new LoggedChange.Available(d.seq(), d.change(), docs));
            } else {
                page.add((LoggedChange) item);
            }
        }
        return new FeedBatch(page, through);
    }

    /** The distinct documents a change touches, in {@code DocumentRef} order. */
    private static SortedSet<DocumentRef> refs(Change change) {
        SortedSet<DocumentRef> refs = new TreeSet<>();
        change.operations().stream().map(Operation::document).forEach(refs::add);
        return refs;
    }

    private static Map<DocumentRef, FeedDocument> documents(Connection connection, SortedSet<DocumentRef> refs) throws SQLException {
        Map<DocumentRef, FeedDocument> out = new HashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        try (PreparedStatement select = connection.prepareStatement(DOCUMENTS)) {
            DocumentRefRows.bind(select, 1, refs);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    DocumentRef ref = DocumentRefRows.read(rs, 1);
                    out.put(ref, new FeedDocument(ref, rs.getBoolean(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private record Row(long seq, byte[] body, List<String> scopes) {
    }

    private record Decoded(long seq, Change change) {
    }
}
