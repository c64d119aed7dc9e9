package io.cosmicsync.adapter.persistence.user;

import static io.cosmicsync.adapter.persistence.common.SqlValues.instant;
import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * {@link LoadProfilePort} and {@link SaveProfilePort} on the {@code profiles} table.
 *
 * <p>Skills and interests are {@code text[]} columns, order kept. Saving is an upsert on
 * {@code user_id}; saving the profile of a user that does not exist breaks the foreign key and is a
 * {@link io.cosmicsync.adapter.persistence.common.StorageException}.
 */
@Singleton
public final class ProfilePersistenceAdapter implements LoadProfilePort, SaveProfilePort {

    private static final String SELECT = """
            SELECT user_id, name, bio, skills, interests, updated_at FROM profiles WHERE user_id = ?""";
    private static final String SELECT_MANY = """
            SELECT user_id, name, bio, skills, interests, updated_at FROM profiles WHERE user_id = ANY (?)""";
    private static final String UPSERT = """
            INSERT INTO profiles (user_id, name, bio, skills, interests, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, bio = EXCLUDED.bio,
              skills = EXCLUDED.skills, interests = EXCLUDED.interests, updated_at = EXCLUDED.updated_at""";

    private final JdbcOperations jdbc;

    ProfilePersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Profile> loadProfile(UserId userId) {
        return StorageCalls.call("loading profile of " + userId, () ->
                JdbcStatements.withStatement(jdbc, SELECT, select -> {
                    select.setObject(1, userId.value());
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next() ? Optional.of(toProfile(userId, rs)) : Optional.<Profile>empty();
                    }
                }));
    }

    @Override
    public Map<UserId, Profile> loadProfiles(Collection<UserId> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return StorageCalls.call("loading " + userIds.size() + " profiles", () ->
                JdbcStatements.withStatement(jdbc, SELECT_MANY, select -> {
                    select.setArray(1, select.getConnection().createArrayOf("uuid",
                            userIds.stream().map(UserId::value).toArray(UUID[]::new)));
                    Map<UserId, Profile> found = new LinkedHashMap<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            UserId userId = new UserId(rs.getObject("user_id", UUID.class));
                            found.put(userId, toProfile(userId, rs));
                        }
                    }
                    return found;
                }));
    }

    @Override
    public void saveProfile(Profile profile) {
        StorageCalls.run("saving profile of " + profile.userId(), () ->
                JdbcStatements.withStatement(jdbc, UPSERT, upsert -> {
                    upsert.setObject(1, profile.userId().value());
                    upsert.setString(2, profile.name());
                    upsert.setString(3, profile.bio());
                    upsert.setArray(4, upsert.getConnection().createArrayOf("text", profile.skills().toArray()));
                    upsert.setArray(5, upsert.getConnection().createArrayOf("text", profile.interests().toArray()));
                    upsert.setObject(6, timestamptz(profile.updatedAt()));
                    return upsert.executeUpdate();
                }));
    }

    private static Profile toProfile(UserId userId, ResultSet rs) throws SQLException {
        return new Profile(userId, rs.getString("name"), rs.getString("bio"),
                strings(rs.getArray("skills")), strings(rs.getArray("interests")), instant(rs, "updated_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
