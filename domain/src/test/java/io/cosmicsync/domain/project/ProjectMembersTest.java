package io.cosmicsync.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectMembersTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ProjectId PROJECT = ProjectId.random();
    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();
    private static final UserId VIC = UserId.random();

    private static ProjectMember member(UserId user, ProjectRole role) {
        return new ProjectMember(PROJECT, user, role, T0);
    }

    @Test
    void the_creator_of_a_project_becomes_its_owner_from_its_creation() {
        Project project = Project.create("Cosmic", "", ADA, T0);

        assertThat(ProjectMember.creatorOf(project))
                .isEqualTo(new ProjectMember(project.id(), ADA, ProjectRole.OWNER, T0));
    }

    @Test
    void a_role_change_keeps_who_and_since_when() {
        ProjectMember changed = member(BOB, ProjectRole.VIEWER).withRole(ProjectRole.OWNER);

        assertThat(changed).isEqualTo(member(BOB, ProjectRole.OWNER));
        assertThat(changed.isOwner()).isTrue();
    }

    @Test
    void the_only_owner_may_not_be_removed_or_demoted() {
        ProjectMembers members = ProjectMembers.of(PROJECT,
                List.of(member(ADA, ProjectRole.OWNER), member(BOB, ProjectRole.EDITOR)));

        assertThat(members.ownerCount()).isEqualTo(1);
        assertThat(members.wouldLoseLastOwner(ADA, Optional.empty())).isTrue();
        assertThat(members.wouldLoseLastOwner(ADA, Optional.of(ProjectRole.EDITOR))).isTrue();
        assertThat(members.wouldLoseLastOwner(ADA, Optional.of(ProjectRole.VIEWER))).isTrue();
        assertThat(members.wouldLoseLastOwner(ADA, Optional.of(ProjectRole.OWNER))).isFalse();
    }

    @Test
    void one_of_two_owners_may_go_and_non_owners_always_may() {
        ProjectMembers members = ProjectMembers.of(PROJECT, List.of(member(ADA, ProjectRole.OWNER),
                member(BOB, ProjectRole.OWNER), member(VIC, ProjectRole.VIEWER)));

        assertThat(members.wouldLoseLastOwner(ADA, Optional.empty())).isFalse();
        assertThat(members.wouldLoseLastOwner(BOB, Optional.of(ProjectRole.VIEWER))).isFalse();
        assertThat(members.wouldLoseLastOwner(VIC, Optional.empty())).isFalse();
        assertThat(members.wouldLoseLastOwner(UserId.random(), Optional.empty())).isFalse();
    }

    @Test
    void finds_a_member_by_user_id() {
        ProjectMembers members = ProjectMembers.of(PROJECT, List.of(member(ADA, ProjectRole.OWNER)));

        assertThat(members.find(ADA)).contains(member(ADA, ProjectRole.OWNER));
        assertThat(members.find(BOB)).isEmpty();
        assertThat(members.asList()).hasSize(1);
    }

    @Test
    void refuses_a_member_of_another_project() {
        ProjectMember elsewhere = new ProjectMember(ProjectId.random(), ADA, ProjectRole.OWNER, T0);

        assertThatThrownBy(() -> ProjectMembers.of(PROJECT, List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
