package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.SqlValues;
import io.cosmicsync.domain.sync.Hlc;
import io.cosmicsync.domain.sync.PeerId;
import io.cosmicsync.domain.sync.VersionVector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Version vectors in SQL: as rows {@code (author, hlc_physical, hlc_logical)} (the log's and the pruned
 * vector's tables) and as three parallel arrays (a statement parameter that SQL unnests, and the replica
 * vectors' columns).
 */
final class VectorRows {
    /** The vector parameter as a relation {@code v(author, hlc_physical, hlc_logical)}: three array parameters. */
    static final String UNNEST = "unnest(?::text[], ?::int8[], ?::int4[]) AS v(author, hlc_physical, hlc_logical)";

    private VectorRows() {
    }

    /** Raises {@code table}'s entries to the vector bound to its three parameters (an entry-wise maximum). */
    static String mergeInto(String table) {
        return "INSERT INTO " + table + " AS t (author, hlc_physical, hlc_logical) SELECT v.author, v.hlc_physical, v.hlc_logical FROM "
                + UNNEST + " ON CONFLICT (author) DO UPDATE SET hlc_physical = excluded.hlc_physical, hlc_logical = excluded.hlc_logical"
                + " WHERE (t.hlc_physical, t.hlc_logical) < (excluded.hlc_physical, excluded.hlc_logical)";
    }

    /** The vector in the rows of {@code table}. */
    static VersionVector load(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT author, hlc_physical, hlc_logical FROM " + table);
             ResultSet rs = select.executeQuery()) {
            Map<PeerId, Hlc> entries = new TreeMap<>();
            while (rs.next()) {
                entries.put(new PeerId(rs.getString(1)), new Hlc(rs.getLong(2), rs.getInt(3)));
            }
            return new VersionVector(entries);
        }
    }

    /** Binds {@code vector} to the three parameters starting at {@code first} (see {@link #UNNEST}). */
    static void bind(PreparedStatement statement, int first, VersionVector vector) throws SQLException {
        List<String> authors = new ArrayList<>();
        List<Long> physicals = new ArrayList<>();
        List<Integer> logicals = new ArrayList<>();
        vector.entries().forEach((peer, hlc) -> {
            authors.add(peer.value());
            physicals.add(hlc.physicalMillis());
            logicals.add(hlc.logical());
        });
        SqlValues.bindArray(statement, first, authors.toArray(String[]::new));
        SqlValues.bindArray(statement, first + 1, physicals.toArray(Long[]::new));
        SqlValues.bindArray(statement, first + 2, logicals.toArray(Integer[]::new));
    }

    /** The vector held by three parallel array columns of the current row. */
    static VersionVector fromArrays(ResultSet rs, String authors, String physicals, String logicals) throws SQLException {
        Object[] a = array(rs.getArray(authors));
        Object[] p = array(rs.getArray(physicals));
        Object[] l = array(rs.getArray(logicals));
        Map<PeerId, Hlc> entries = new TreeMap<>();
        for (int i = 0; i < a.length; i++) {
            entries.put(new PeerId((String) a[i]), new Hlc(((Number) p[i]).longValue(), ((Number) l[i]).intValue()));
        }
        return new VersionVector(entries);
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
