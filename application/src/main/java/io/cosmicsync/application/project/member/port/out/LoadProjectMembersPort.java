package io.cosmicsync.application.project.member.port.out;

import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads project memberships. */
public interface LoadProjectMembersPort {

    /** The role of {@code userId} in {@code projectId}; empty when they are not a member or there is no such project. */
    Optional<ProjectRole> loadRole(ProjectId projectId, UserId userId);

    /** Every member of {@code projectId}, oldest membership first (ties by user id); empty for no such project. */
    List<ProjectMember> loadMembers(ProjectId projectId);

    /**
     * The members of each of {@code projectIds}, each list ordered as {@link #loadMembers(ProjectId)};
     * every id is a key (an empty list for no such project). Adapters answer with one round trip; this
     * default asks one project at a time, for in-memory fakes.
     */
    default Map<ProjectId, List<ProjectMember>> loadMembersOf(Collection<ProjectId> projectIds) {
        Map<ProjectId, List<ProjectMember>> found = new LinkedHashMap<>();
        for (ProjectId id : projectIds) {
            found.put(id, loadMembers(id));
        }
        return found;
    }
}
