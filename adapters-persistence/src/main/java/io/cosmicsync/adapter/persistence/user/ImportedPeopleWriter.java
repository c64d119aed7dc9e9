package io.cosmicsync.adapter.persistence.user;

import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.user.ImportCounts;
import io.cosmicsync.application.user.ImportedAccount;
import io.cosmicsync.application.user.port.out.SaveImportedPeoplePort;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SaveImportedPeoplePort} with two JDBC batches on the caller's connection: users with
 * {@code ON CONFLICT DO NOTHING} (any unique index: id, username, e-mail), then the profiles of exactly
 * the users that batch inserted. Never raises a unique violation, so the caller's transaction stays usable.
 */
@Singleton
public final class ImportedPeopleWriter implements SaveImportedPeoplePort {

    private static final String INSERT_USER = """
            INSERT INTO users (id, username, email, password_hash, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String INSERT_PROFILE = """
            INSERT INTO profiles (user_id, name, bio, skills, interests, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO NOTHING""";

    private final JdbcOperations jdbc;

    ImportedPeopleWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ImportCounts insertImportedAccounts(List<ImportedAccount> accounts) {
        return StorageCalls.call("importing " + accounts.size() + " people", () -> jdbc.execute(c -> {
            int[] inserted;
            try (PreparedStatement insert = c.prepareStatement(INSERT_USER)) {
                for (ImportedAccount account : accounts) {
                    User user = account.user();
                    insert.setObject(1, user.id().value());
                    insert.setString(2, user.username().value());
                    insert.setString(3, user.email().value());
                    insert.setString(4, user.passwordHash().encoded());
                    insert.setObject(5, timestamptz(user.createdAt()));
                    insert.setObject(6, timestamptz(user.updatedAt()));
                    insert.addBatch();
                }
                inserted = insert.executeBatch();
            }
            List<Profile> profiles = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                if (inserted[i] == 1) {
                    profiles.add(accounts.get(i).profile());
                }
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT_PROFILE)) {
                for (Profile profile : profiles) {
                    insert.setObject(1, profile.userId().value());
                    insert.setString(2, profile.name());
                    insert.setString(3, profile.bio());
                    insert.setArray(4, c.createArrayOf("text", profile.skills().toArray()));
                    insert.setArray(5, c.createArrayOf("text", profile.interests().toArray()));
                    insert.setObject(6, timestamptz(profile.updatedAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new ImportCounts(profiles.size(), accounts.size() - profiles.size());
        }));
    }
}
