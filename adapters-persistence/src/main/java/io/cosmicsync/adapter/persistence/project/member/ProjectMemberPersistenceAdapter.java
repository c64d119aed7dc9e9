package io.cosmicsync.adapter.persistence.project.member;

import static io.cosmicsync.adapter.persistence.common.SqlValues.instant;
import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;
import static io.cosmicsync.adapter.persistence.common.SqlValues.uuid;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectMembers;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

/**
 * The membership ports on {@code project_members}. Roles are stored as their API spelling
 * ({@code owner}, {@code editor}, {@code viewer}; a check constraint keeps it so).
 *
 * <p>{@link #lockMembers} takes {@code FOR NO KEY UPDATE} on the project's row: membership changes of one
 * project queue behind each other until commit, while inserts elsewhere that only reference the project
 * (which take {@code FOR KEY SHARE}) go on. A membership of an unknown project or user violates a foreign
 * key and arrives as a {@link StorageException}, as does any store failure.
 */
@Singleton
public final class ProjectMemberPersistenceAdapter
        implements LoadProjectMembersPort, LockProjectMembersPort, SaveProjectMembersPort {

    private static final String SELECT_MEMBERS = "SELECT project_id, user_id, role, added_at FROM project_members"
            + " WHERE project_id = ? ORDER BY added_at, user_id";

    private final JdbcOperations jdbc;

    ProjectMemberPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProjectRole> loadRole(ProjectId projectId, UserId userId) {
        String sql = "SELECT role FROM project_members WHERE project_id = ? AND user_id = ?";
        return StorageCalls.call("loading the role of " + userId + " in project " + projectId,
                () -> JdbcStatements.withStatement(jdbc, sql, select -> {
                    select.setObject(1, projectId.value());
                    select.setObject(2, userId.value());
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next() ? Optional.of(role(rs.getString("role"))) : Optional.<ProjectRole>empty();
                    }
                }));
    }

    @Override
    public List<ProjectMember> loadMembers(ProjectId projectId) {
        return StorageCalls.call("loading the members of project " + projectId,
                () -> JdbcStatements.withStatement(jdbc, SELECT_MEMBERS, select -> {
                    select.setObject(1, projectId.value());
                    List<ProjectMember> members = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            members.add(member(rs));
                        }
                    }
                    return members;
                }));
    }

    @Override
    public Map<ProjectId, List<ProjectMember>> loadMembersOf(Collection<ProjectId> projectIds) {
        String sql = "SELECT project_id, user_id, role, added_at FROM project_members"
                + " WHERE project_id = ANY (?) ORDER BY project_id, added_at, user_id";
        Map<ProjectId, List<ProjectMember>> found = new LinkedHashMap<>();
        projectIds.forEach(id -> found.put(id, new ArrayList<>()));
        if (projectIds.isEmpty()) {
            return found;
        }
        return StorageCalls.call("loading the members of " + projectIds.size() + " projects",
                () -> JdbcStatements.withStatement(jdbc, sql, select -> {
                    select.setArray(1, select.getConnection().createArrayOf("uuid",
                            projectIds.stream().map(ProjectId::value).toArray(UUID[]::new)));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            ProjectMember member = member(rs);
                            found.get(member.projectId()).add(member);
                        }
                    }
                    return found;
                }));
    }

    @Override
    public Optional<ProjectMembers> lockMembers(ProjectId projectId) {
        String sql = "SELECT id FROM projects WHERE id = ? FOR NO KEY UPDATE";
        boolean exists = StorageCalls.call("locking the members of project " + projectId,
                () -> JdbcStatements.withStatement(jdbc, sql, select -> {
                    select.setObject(1, projectId.value());
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next();
                    }
                }));
        return exists ? Optional.of(ProjectMembers.of(projectId, loadMembers(projectId))) : Optional.empty();
    }

    @Override
    public boolean insertMember(ProjectMember member) {
        String sql = "INSERT INTO project_members (project_id, user_id, role, added_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (project_id, user_id) DO NOTHING";
        return update("adding member " + member.userId() + " to project " + member.projectId(), sql,
                member.projectId().value(), member.userId().value(), member.role().token(),
                timestamptz(member.addedAt())) == 1;
    }

    @Override
    public boolean updateMember(ProjectMember member) {
        String sql = "UPDATE project_members SET role = ? WHERE project_id = ? AND user_id = ?";
        return update("changing the role of " + member.userId() + " in project " + member.projectId(), sql,
                member.role().token(), member.projectId().value(), member.userId().value()) == 1;
    }

    @Override
    public boolean deleteMember(ProjectId projectId, UserId userId) {
        String sql = "DELETE FROM project_members WHERE project_id = ? AND user_id = ?";
        return update("removing member " + userId + " from project " + projectId, sql,
                projectId.value(), userId.value()) == 1;
    }

    private int update(String action, String sql, Object... parameters) {
        return StorageCalls.call(action, () -> JdbcStatements.withStatement(jdbc, sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }));
    }

    private static ProjectMember member(ResultSet rs) throws SQLException {
        return new ProjectMember(new ProjectId(uuid(rs, "project_id")), new UserId(uuid(rs, "user_id")),
                role(rs.getString("role")), instant(rs, "added_at"));
    }

    private static ProjectRole role(String stored) {
        try {
            return ProjectRole.parse("role", stored);
        } catch (InvalidValueException e) {
            throw new StorageException("project_members holds an unknown role '" + stored + "'", e);
        }
    }
}
