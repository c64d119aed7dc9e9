package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.AppendChangesPort;
import io.cosmicsync.application.sync.port.out.PruneChangesPort;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.ChangeCodec;
import io.cosmicsync.domain.sync.ChangeId;
import io.cosmicsync.domain.sync.VersionVector;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link AppendChangesPort} and {@link PruneChangesPort} on {@code sync_changes}, {@code sync_heads},
 * {@code sync_version_vector}, {@code sync_pruned_vector} and {@code sync_change_signatures}.
 *
 * <p>Appending a batch of changes is one statement. Each change inserts its row ({@link ChangeCodec} bytes plus id,
 * author, HLC, scopes and signature columns), makes it a head in place of its dependencies, raises the version vector's
 * entry for its author (the documents' {@code updated_hlc} is written with their state, {@link DocumentPersistenceAdapter})
 * and deletes the signature it had while parked, if any ({@link ChangeSignaturePersistenceAdapter}).
 * A batch holding a change already logged is refused as a whole with an {@link IllegalStateException} (like the
 * reference fake), which rolls the caller's transaction back; one holding a change without a signature, with an
 * {@link IllegalArgumentException} before the statement runs.
 * Callers hold the sync write lock ({@link SyncTransactionAdapter}): these are read-modify-writes.
 *
 * <p>Pruning clears the bodies and signatures of changes the stable vector covers (a pruned change cannot be relayed)
 * and raises the pruned vector; the rows (id, author, HLC: about 100 bytes each) stay, so the change still counts as
 * applied.
 */
@Singleton
public final class ChangeLogWriteAdapter implements AppendChangesPort, PruneChangesPort {

    /**
     * One round trip for a whole batch: the rows (in the batch's order, which gives their {@code seq}), the heads (the
     * batch's changes no other of them depends on replace every dependency), each author's newest HLC in the vector,
     * and the parked signatures of the inserted changes deleted (that table is empty unless changes wait in the causal
     * buffer); every write after the insert acts only when all of the batch was inserted (a change logged already
     * changes nothing, and the caller's transaction is rolled back). Parameters: per change (arrays in batch order)
     * id, author, HLC physical, HLC logical, body, signature; scopes as two parallel arrays (1-based index of the
     * change, scope); the batch size; every dependency. Returns one row: how many rows were inserted.
     */
    private static final String APPEND = """
            WITH b AS (
              SELECT * FROM unnest(?::bytea[], ?::text[], ?::bigint[], ?::int[], ?::bytea[], ?::bytea[])
                WITH ORDINALITY AS b(id, author, physical, logical, body, signature, ord)),
            s AS (
              SELECT owner, array_agg(scope ORDER BY k) AS scopes
              FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS s(owner, scope, k) GROUP BY owner),
            inserted AS (
              INSERT INTO sync_changes (id, author, hlc_physical, hlc_logical, body, signature, scopes)
              SELECT b.id, b.author, b.physical, b.logical, b.body, b.signature, coalesce(s.scopes, '{}')
              FROM b LEFT JOIN s ON s.owner = b.ord
              ORDER BY b.ord
              ON CONFLICT (id) DO NOTHING RETURNING id),
            complete AS (SELECT count(*) = ? AS ok FROM inserted),
            deps AS (SELECT unnest(?::bytea[]) AS id),
            dropped AS (
              DELETE FROM sync_heads WHERE change_id IN (SELECT id FROM deps) AND (SELECT ok FROM complete)),
            head AS (
              INSERT INTO sync_heads (change_id)
              SELECT id FROM inserted WHERE (SELECT ok FROM complete) AND id NOT IN (SELECT id FROM deps)
              ON CONFLICT DO NOTHING),
            raised AS (
              INSERT INTO sync_version_vector AS t (author, hlc_physical, hlc_logical)
              SELECT DISTINCT ON (author) author, physical, logical FROM b WHERE (SELECT ok FROM complete)
              ORDER BY author, physical DESC, logical DESC
              ON CONFLICT (author) DO UPDATE SET hlc_physical = excluded.hlc_physical, hlc_logical = excluded.hlc_logical
              WHERE (t.hlc_physical, t.hlc_logical) < (excluded.hlc_physical, excluded.hlc_logical)),
            unparked AS (
              DELETE FROM sync_change_signatures WHERE change_id IN (SELECT id FROM inserted) AND (SELECT ok FROM complete))
            SELECT count(*) FROM inserted""";
    private static final String PRUNE = "UPDATE sync_changes c SET body = NULL, signature = NULL FROM " + VectorRows.UNNEST
            + " WHERE c.author = v.author AND c.body IS NOT NULL AND (c.hlc_physical, c.hlc_logical) <= (v.hlc_physical, v.hlc_logical)";

    private final JdbcOperations jdbc;

    ChangeLogWriteAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void appendChanges(List<Change> changes, Map<ChangeId, byte[]> signatures) {
        for (Change change : changes) {
            if (signatures.get(change.id()) == null) {
                throw new IllegalArgumentException("change " + change.id() + " has no signature to log it with");
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        String what = changes.size() == 1 ? "appending change " + changes.get(0).id() : "appending " + changes.size() + " changes";
        long inserted = StorageCalls.call(what, () -> jdbc.execute(c -> append(c, changes, signatures)));
        if (inserted != changes.size()) {
            throw new IllegalStateException("change appended twice, in: " + changes.stream().map(Change::id).toList());
        }
    }

    private static long append(Connection connection, List<Change> changes, Map<ChangeId, byte[]> signatures)
            throws SQLException {
        int n = changes.size();
        byte[][] ids = new byte[n][];
        String[] authors = new String[n];
        Long[] physicals = new Long[n];
        Integer[] logicals = new Integer[n];
        byte[][] bodies = new byte[n][];
        byte[][] signed = new byte[n][];
        List<Integer> scopeOwners = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        List<byte[]> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Change change = changes.get(i);
            ids[i] = change.id().bytes();
            authors[i] = change.author().value();
            physicals[i] = change.hlc().physicalMillis();
            logicals[i] = change.hlc().logical();
            bodies[i] = ChangeCodec.encode(change);
            signed[i] = signatures.get(change.id());
            for (String scope : ChangeScopes.of(change)) {
                scopeOwners.add(i + 1);
                scopes.add(scope);
            }
            change.dependencies().forEach(dependency -> dependencies.add(dependency.bytes()));
        }
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            SqlValues.bindArray(append, 1, ids);
            SqlValues.bindArray(append, 2, authors);
            SqlValues.bindArray(append, 3, physicals);
            SqlValues.bindArray(append, 4, logicals);
            SqlValues.bindArray(append, 5, bodies);
            SqlValues.bindArray(append, 6, signed);
            SqlValues.bindArray(append, 7, scopeOwners.toArray(Integer[]::new));
            SqlValues.bindArray(append, 8, scopes.toArray(String[]::new));
            append.setInt(9, n);
            SqlValues.bindArray(append, 10, dependencies.toArray(byte[][]::new));
            try (ResultSet rs = append.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public int pruneChangesCoveredBy(VersionVector stable) {
        return StorageCalls.call("pruning the change log", () -> jdbc.execute(connection -> {
            int pruned;
            try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
                VectorRows.bind(prune, 1, stable);
                pruned = prune.executeUpdate();
            }
            try (PreparedStatement merge = connection.prepareStatement(VectorRows.mergeInto("sync_pruned_vector"))) {
                VectorRows.bind(merge, 1, stable);
                merge.executeUpdate();
            }
            return pruned;
        }));
    }
}
