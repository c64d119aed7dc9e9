package io.cosmicsync.adapter.persistence.sync;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.sync.port.out.LoadSyncScopesPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/** {@link LoadSyncScopesPort}: the distinct scopes of {@code sync_documents} (a skip over its primary key). */
@Singleton
public final class SyncScopesAdapter implements LoadSyncScopesPort {

    // A recursive "loose index scan": one index probe per distinct scope instead of reading every row.
    private static final String SELECT = """
            WITH RECURSIVE scopes(scope) AS (
              (SELECT scope FROM sync_documents ORDER BY scope LIMIT 1)
              UNION ALL
              SELECT (SELECT d.scope FROM sync_documents d WHERE d.scope > s.scope ORDER BY d.scope LIMIT 1)
              FROM scopes s WHERE s.scope IS NOT NULL)
            SELECT scope FROM scopes WHERE scope IS NOT NULL""";

    private final JdbcOperations jdbc;

    SyncScopesAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> loadScopes() {
        return StorageCalls.call("loading sync scopes", () -> jdbc.execute(connection -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return Set.copyOf(out);
        }));
    }
}
