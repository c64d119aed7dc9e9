package io.cosmicsync.adapter.persistence.replication;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.replication.port.out.SaveReplicatedDirectoryPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * {@link SaveReplicatedDirectoryPort} with upserts into {@code users} (plus an empty profile, as
 * registration creates one), {@code projects} and {@code project_members}. A unique-key clash (a username
 * or email taken by another account here) or a missing referenced row (foreign key) makes the call
 * return false instead of failing.
 */
@Singleton
public final class ReplicatedDirectoryPersistenceAdapter implements SaveReplicatedDirectoryPort {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final String UPSERT_USER = """
            INSERT INTO users (id, username, email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET username = excluded.username, email = excluded.email,
              password_hash = excluded.password_hash, updated_at = excluded.updated_at""";
    private static final String INSERT_PROFILE = """
            INSERT INTO profiles (user_id, name, bio, updated_at) VALUES (?, '', '', ?) ON CONFLICT (user_id) DO NOTHING""";
    private static final String UPSERT_PROJECT = """
            INSERT INTO projects (id, name, description, creator_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
              updated_at = excluded.updated_at""";
    private static final String UPSERT_MEMBER = """
            INSERT INTO project_members (project_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role""";
    private static final String DELETE_MEMBER = "DELETE FROM project_members WHERE project_id = ? AND user_id = ?";

    private final JdbcOperations jdbc;

    ReplicatedDirectoryPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean upsertUser(User user) {
        return StorageCalls.call("saving replicated user " + user.id(), () -> jdbc.execute(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_USER);
                 PreparedStatement profile = connection.prepareStatement(INSERT_PROFILE)) {
                upsert.setObject(1, user.id().value());
                upsert.setString(2, user.username().value());
                upsert.setString(3, user.email().value());
                upsert.setString(4, user.passwordHash().encoded());
                upsert.setTimestamp(5, Timestamp.from(user.createdAt()));
                upsert.setTimestamp(6, Timestamp.from(user.updatedAt()));
                upsert.executeUpdate();
                profile.setObject(1, user.id().value());
                profile.setTimestamp(2, Timestamp.from(user.updatedAt()));
                profile.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }));
    }

    @Override
    public void upsertProject(Project project) {
        StorageCalls.run("saving replicated project " + project.id(), () -> jdbc.execute(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_PROJECT)) {
                upsert.setObject(1, project.id().value());
                upsert.setString(2, project.name());
                upsert.setString(3, project.description());
                upsert.setObject(4, project.creatorId().value());
                upsert.setTimestamp(5, Timestamp.from(project.createdAt()));
                upsert.setTimestamp(6, Timestamp.from(project.updatedAt()));
                return upsert.executeUpdate();
            }
        }));
    }

    @Override
    public boolean upsertMember(ProjectMember member) {
        return StorageCalls.call("saving a replicated membership", () -> jdbc.execute(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_MEMBER)) {
                upsert.setObject(1, member.projectId().value());
                upsert.setObject(2, member.userId().value());
                upsert.setString(3, member.role().token());
                upsert.setTimestamp(4, Timestamp.from(member.addedAt()));
                return upsert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }));
    }

    @Override
    public void removeMember(ProjectId project, UserId user) {
        StorageCalls.run("removing a replicated membership", () -> jdbc.execute(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_MEMBER)) {
                delete.setObject(1, project.value());
                delete.setObject(2, user.value());
                return delete.executeUpdate();
            }
        }));
    }
}
