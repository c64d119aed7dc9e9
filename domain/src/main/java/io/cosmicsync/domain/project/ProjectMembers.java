package io.cosmicsync.domain.project;

import io.cosmicsync.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All members of one project, and the rule that guards them: a project always keeps at least one owner.
 * Membership changes ask {@link #wouldLoseLastOwner} before they remove or demote a member.
 */
public final class ProjectMembers {

    private final ProjectId projectId;
    private final List<ProjectMember> members;

    private ProjectMembers(ProjectId projectId, List<ProjectMember> members) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.members = List.copyOf(members);
        for (ProjectMember member : this.members) {
            if (!member.projectId().equals(projectId)) {
                throw new IllegalArgumentException("member " + member.userId() + " belongs to project "
                        + member.projectId() + ", not " + projectId);
            }
        }
    }

    /** The members of {@code projectId} as stored. */
    public static ProjectMembers of(ProjectId projectId, List<ProjectMember> members) {
        return new ProjectMembers(projectId, members);
    }

    /** The membership of {@code userId}, if they are a member. */
    public Optional<ProjectMember> find(UserId userId) {
        return members.stream().filter(member -> member.userId().equals(userId)).findFirst();
    }

    /** How many members are owners. */
    public long ownerCount() {
        return members.stream().filter(ProjectMember::isOwner).count();
    }

    /**
     * Whether giving {@code userId} the role {@code newRole} (or removing them, when {@code newRole} is
     * empty) would leave the project without an owner: true exactly when they are its only owner and
     * would stop being one.
     */
    public boolean wouldLoseLastOwner(UserId userId, Optional<ProjectRole> newRole) {
        boolean isOwner = find(userId).map(ProjectMember::isOwner).orElse(false);
        boolean staysOwner = newRole.map(role -> role == ProjectRole.OWNER).orElse(false);
        return isOwner && !staysOwner && ownerCount() == 1;
    }

    public ProjectId projectId() {
        return projectId;
    }

    /** The members in stored order. */
    public List<ProjectMember> asList() {
        return members;
    }
}
