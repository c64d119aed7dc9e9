package io.cosmicsync.adapter.persistence.project;

import static io.cosmicsync.adapter.persistence.common.SqlValues.instant;
import static io.cosmicsync.adapter.persistence.common.SqlValues.timestamptz;
import static io.cosmicsync.adapter.persistence.common.SqlValues.uuid;

import io.cosmicsync.adapter.persistence.common.JdbcStatements;
import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ListProjectsPort} by keyset pagination on {@code projects}, joined with the caller's rows of
 * {@code project_members} (index {@code (user_id, project_id)}), so only their projects appear.
 *
 * <p>The order is {@code (key, id)} with key {@code created_at} or {@code name}, both columns in the
 * same direction; a page starts strictly after the cursor by the row-value comparison
 * {@code (key, id) > (?, ?)} ({@code <} when descending), so it costs the same on every page and
 * rows inserted meanwhile never shift it. The indexes {@code (created_at, id)}, {@code (name, id)} and
 * {@code (creator_id, created_at, id)} serve these orders. The name filter is {@code ILIKE} with the
 * text escaped, so {@code %}, {@code _} and {@code \} match themselves.
 */
@Singleton
public final class ProjectListQuery implements ListProjectsPort {

    private final JdbcOperations jdbc;

    ProjectListQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Project> listProjects(Criteria criteria) {
        ProjectSort sort = criteria.sort();
        boolean byName = sort == ProjectSort.NAME_ASC || sort == ProjectSort.NAME_DESC;
        String key = byName ? "name" : "created_at";
        String direction = sort.descending() ? "DESC" : "ASC";

        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        conditions.add("m.user_id = ?");
        parameters.add(criteria.member().value());
        if (criteria.creator() != null) {
            conditions.add("p.creator_id = ?");
            parameters.add(criteria.creator().value());
        }
        if (criteria.nameContains() != null) {
            conditions.add("p.name ILIKE ? ESCAPE '\\'");
            parameters.add(LikePatterns.containing(criteria.nameContains()));
        }
        ProjectCursor after = criteria.after();
        if (after != null) {
            conditions.add("(p." + key + ", p.id) " + (sort.descending() ? "<" : ">") + " (?, ?)");
            parameters.add(byName ? after.key() : timestamptz(after.createdAtKey()));
            parameters.add(after.id().value());
        }
        String sql = "SELECT p.id, p.name, p.description, p.creator_id, p.created_at, p.updated_at"
                + " FROM projects p JOIN project_members m ON m.project_id = p.id"
                + " WHERE " + String.join(" AND ", conditions)
                + " ORDER BY p." + key + " " + direction + ", p.id " + direction + " LIMIT ?";
        parameters.add(criteria.limit());

        return StorageCalls.call("listing projects", () -> JdbcStatements.withStatement(jdbc, sql, select -> {
            bind(select, parameters);
            List<Project> page = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    page.add(Project.reconstitute(new ProjectId(uuid(rs, "id")), rs.getString("name"),
                            rs.getString("description"), new UserId(uuid(rs, "creator_id")),
                            instant(rs, "created_at"), instant(rs, "updated_at")));
                }
            }
            return page;
        }));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws java.sql.SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
