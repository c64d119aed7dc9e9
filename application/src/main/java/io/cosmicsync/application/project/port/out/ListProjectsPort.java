package io.cosmicsync.application.project.port.out;

import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** Lists one user's projects in a total order, starting after a cursor (keyset pagination). */
public interface ListProjectsPort {

    /**
     * Which projects, in which order, from where.
     *
     * @param member       only projects this user is a member of (any role)
     * @param creator      only this creator's projects, or null
     * @param nameContains only names containing this text ignoring case (taken literally, no wildcards), or null
     * @param sort         the order; ties broken by id in the same direction
     * @param after        start after this position, or null for the beginning
     * @param limit        at most this many projects
     */
    record Criteria(UserId member, UserId creator, String nameContains, ProjectSort sort, ProjectCursor after,
                    int limit) {

        public Criteria {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(sort, "sort");
        }
    }

    List<Project> listProjects(Criteria criteria);
}
