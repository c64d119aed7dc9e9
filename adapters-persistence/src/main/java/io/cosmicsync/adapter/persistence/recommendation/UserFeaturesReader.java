package io.cosmicsync.adapter.persistence.recommendation;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.recommendation.port.out.LoadUserFeaturesPort;
import io.cosmicsync.domain.recommendation.UserFeatures;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link LoadUserFeaturesPort}: every profile's skills and interests, plus the projects each user is a
 * member of in any role (creators are their projects' owners), in two sequential scans.
 */
@Singleton
public final class UserFeaturesReader implements LoadUserFeaturesPort {

    private final JdbcOperations jdbc;

    UserFeaturesReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UserFeatures> loadAllUserFeatures() {
        return StorageCalls.call("loading user features", () -> jdbc.execute(c -> {
            Map<UUID, List<String>> projects = new HashMap<>();
            try (Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT user_id, project_id FROM project_members")) {
                while (rs.next()) {
                    projects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class).toString());
                }
            }
            List<UserFeatures> users = new ArrayList<>();
            try (Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT user_id, skills, interests FROM profiles")) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    users.add(new UserFeatures(new UserId(id), List.of((String[]) rs.getArray(2).getArray()),
                            List.of((String[]) rs.getArray(3).getArray()), projects.getOrDefault(id, List.of())));
                }
            }
            return users;
        }));
    }
}
