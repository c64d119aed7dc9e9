package io.cosmicsync.application.project.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.member.port.in.AddProjectMemberCommand;
import io.cosmicsync.application.project.member.port.in.ChangeMemberRoleCommand;
import io.cosmicsync.application.project.member.port.in.GetProjectMemberQuery;
import io.cosmicsync.application.project.member.port.in.ListProjectMembersQuery;
import io.cosmicsync.application.project.member.port.in.RemoveProjectMemberCommand;
import io.cosmicsync.application.project.member.service.AddProjectMemberService;
import io.cosmicsync.application.project.member.service.ChangeMemberRoleService;
import io.cosmicsync.application.project.member.service.GetProjectMemberService;
import io.cosmicsync.application.project.member.service.ListProjectMembersService;
import io.cosmicsync.application.project.member.service.RemoveProjectMemberService;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMemberServicesTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofHours(1));

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final ProjectAccessPolicy policy = new ProjectAccessPolicy(store);
    private final ListProjectMembersService list = new ListProjectMembersService(policy, store);
    private final GetProjectMemberService get = new GetProjectMemberService(policy, store);
    private final AddProjectMemberService add = new AddProjectMemberService(policy, store, store, store, transactions,
            clock);
    private final ChangeMemberRoleService change = new ChangeMemberRoleService(policy, store, store, transactions);
    private final RemoveProjectMemberService remove = new RemoveProjectMemberService(policy, store, store,
            transactions);

    private final UserId ada = user("ada");
    private final UserId eddie = user("eddie");
    private final UserId vic = user("vic");
    private final UserId newcomer = user("newcomer");
    private final UserId stranger = user("stranger");
    private final Project project = new CreateProjectService(store, store, transactions, clock)
            .createProject(new CreateProjectCommand(ada, "Cosmic", ""));

    ProjectMemberServicesTest() {
        clock.set(T1);
        store.insertMember(new ProjectMember(project.id(), eddie, ProjectRole.EDITOR, T1));
        store.insertMember(new ProjectMember(project.id(), vic, ProjectRole.VIEWER, T1));
    }

    private UserId user(String name) {
        return UserFixtures.register(store, clock, name, "correct horse battery").id();
    }

    private ProjectMember member(UserId user, ProjectRole role, Instant since) {
        return new ProjectMember(project.id(), user, role, since);
    }

    private static <T> T value(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }

    // --- list and get

    @Test
    void every_member_lists_the_members_oldest_first() {
        for (UserId caller : List.of(ada, eddie, vic)) {
            List<ProjectMember> members = value(list.listMembers(new ListProjectMembersQuery(caller, project.id())));

            assertThat(members.get(0)).isEqualTo(member(ada, ProjectRole.OWNER, T0));
            assertThat(members).hasSize(3).containsExactlyInAnyOrder(member(ada, ProjectRole.OWNER, T0),
                    member(eddie, ProjectRole.EDITOR, T1), member(vic, ProjectRole.VIEWER, T1));
        }
    }

    @Test
    void a_non_member_can_neither_list_nor_read_members() {
        assertThat(list.listMembers(new ListProjectMembersQuery(stranger, project.id())))
                .isEqualTo(Outcome.notFound("project " + project.id()));
        assertThat(get.getMember(new GetProjectMemberQuery(stranger, project.id(), ada)))
                .isEqualTo(Outcome.notFound("project " + project.id()));
    }

    @Test
    void a_member_reads_one_membership_and_hears_not_found_for_a_non_member() {
        assertThat(value(get.getMember(new GetProjectMemberQuery(vic, project.id(), eddie))))
                .isEqualTo(member(eddie, ProjectRole.EDITOR, T1));
        assertThat(get.getMember(new GetProjectMemberQuery(vic, project.id(), stranger)))
                .isEqualTo(Outcome.notFound("member " + stranger + " in project " + project.id()));
    }

    // --- add

    @Test
    void an_owner_adds_a_user_in_a_role_from_now() {
        clock.advance(Duration.ofMinutes(5));

        ProjectMember added = value(add.addMember(
                new AddProjectMemberCommand(ada, project.id(), newcomer, ProjectRole.EDITOR)));

        assertThat(added).isEqualTo(member(newcomer, ProjectRole.EDITOR, T1.plus(Duration.ofMinutes(5))));
        assertThat(store.loadRole(project.id(), newcomer)).contains(ProjectRole.EDITOR);
        assertThat(store.wasLocked(project.id())).isTrue();
    }

    @Test
    void editors_and_viewers_cannot_add_members() {
        Outcome<ProjectMember> byEditor = add.addMember(
                new AddProjectMemberCommand(eddie, project.id(), newcomer, ProjectRole.VIEWER));
        Outcome<ProjectMember> byViewer = add.addMember(
                new AddProjectMemberCommand(vic, project.id(), newcomer, ProjectRole.VIEWER));

        assertThat(byEditor).isEqualTo(
                Outcome.forbidden("a project editor may not manage the project's members; only owners may"));
        assertThat(byViewer).isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.loadRole(project.id(), newcomer)).isEmpty();
    }

    @Test
    void a_non_member_cannot_add_even_themselves() {
        assertThat(add.addMember(new AddProjectMemberCommand(stranger, project.id(), stranger, ProjectRole.OWNER)))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(store.loadRole(project.id(), stranger)).isEmpty();
    }

    @Test
    void adding_to_a_missing_project_is_not_found() {
        assertThat(add.addMember(new AddProjectMemberCommand(ada, ProjectId.random(), newcomer, ProjectRole.VIEWER)))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void adding_someone_who_already_is_a_member_is_a_conflict_that_keeps_their_role() {
        Outcome<ProjectMember> outcome = add.addMember(
                new AddProjectMemberCommand(ada, project.id(), vic, ProjectRole.OWNER));

        assertThat(outcome).isEqualTo(Outcome.conflict("user_id", "user " + vic
                + " is already a member (role viewer); change their role instead"));
        assertThat(store.loadRole(project.id(), vic)).contains(ProjectRole.VIEWER);
    }

    @Test
    void adding_an_id_that_names_no_user_is_refused_naming_user_id_and_stores_nothing() {
        int members = store.memberCount();

        assertThatThrownBy(() -> add.addMember(
                new AddProjectMemberCommand(ada, project.id(), UserId.random(), ProjectRole.VIEWER)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("user_id"));
        assertThat(store.memberCount()).isEqualTo(members);
    }

    // --- change role

    @Test
    void an_owner_changes_a_role_keeping_the_membership_start() {
        ProjectMember changed = value(change.changeRole(
                new ChangeMemberRoleCommand(ada, project.id(), vic, ProjectRole.EDITOR)));

        assertThat(changed).isEqualTo(member(vic, ProjectRole.EDITOR, T1));
        assertThat(store.loadRole(project.id(), vic)).contains(ProjectRole.EDITOR);
    }

    @Test
    void an_owner_hands_over_ownership_and_may_then_step_down() {
        value(change.changeRole(new ChangeMemberRoleCommand(ada, project.id(), eddie, ProjectRole.OWNER)));

        ProjectMember adaNow = value(change.changeRole(
                new ChangeMemberRoleCommand(ada, project.id(), ada, ProjectRole.VIEWER)));

        assertThat(adaNow.role()).isEqualTo(ProjectRole.VIEWER);
        assertThat(store.loadRole(project.id(), eddie)).contains(ProjectRole.OWNER);
    }

    @Test
    void the_only_owner_cannot_be_demoted() {
        Outcome<ProjectMember> outcome = change.changeRole(
                new ChangeMemberRoleCommand(ada, project.id(), ada, ProjectRole.EDITOR));

        assertThat(outcome).isEqualTo(Outcome.conflict("role", "user " + ada + " is the project's only owner and a "
                + "project must keep at least one; make another member an owner first"));
        assertThat(store.loadRole(project.id(), ada)).contains(ProjectRole.OWNER);
    }

    @Test
    void giving_a_member_the_role_they_have_changes_nothing() {
        int writes = store.writes();

        assertThat(value(change.changeRole(new ChangeMemberRoleCommand(ada, project.id(), ada, ProjectRole.OWNER))))
                .isEqualTo(member(ada, ProjectRole.OWNER, T0));
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void an_editor_cannot_change_roles_not_even_their_own() {
        assertThat(change.changeRole(new ChangeMemberRoleCommand(eddie, project.id(), eddie, ProjectRole.OWNER)))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(change.changeRole(new ChangeMemberRoleCommand(vic, project.id(), vic, ProjectRole.EDITOR)))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.loadRole(project.id(), eddie)).contains(ProjectRole.EDITOR);
    }

    @Test
    void changing_the_role_of_a_non_member_is_not_found() {
        assertThat(change.changeRole(new ChangeMemberRoleCommand(ada, project.id(), stranger, ProjectRole.VIEWER)))
                .isEqualTo(Outcome.notFound("member " + stranger + " in project " + project.id()));
        assertThat(change.changeRole(new ChangeMemberRoleCommand(stranger, project.id(), vic, ProjectRole.OWNER)))
                .isEqualTo(Outcome.notFound("project " + project.id()));
    }

    // --- remove

    @Test
    void an_owner_removes_a_member_who_then_loses_all_access() {
        ProjectMember removed = value(remove.removeMember(new RemoveProjectMemberCommand(ada, project.id(), eddie)));

        assertThat(removed).isEqualTo(member(eddie, ProjectRole.EDITOR, T1));
        assertThat(store.loadRole(project.id(), eddie)).isEmpty();
        assertThat(list.listMembers(new ListProjectMembersQuery(eddie, project.id())))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void any_member_may_leave_but_not_remove_others() {
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(vic, project.id(), eddie)))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(vic, project.id(), vic)))
                .isEqualTo(Outcome.success(member(vic, ProjectRole.VIEWER, T1)));
        assertThat(store.loadRole(project.id(), eddie)).contains(ProjectRole.EDITOR);
        assertThat(store.loadRole(project.id(), vic)).isEmpty();
    }

    @Test
    void the_only_owner_can_neither_leave_nor_be_removed() {
        Outcome<ProjectMember> leaving = remove.removeMember(new RemoveProjectMemberCommand(ada, project.id(), ada));

        assertThat(leaving).isInstanceOfSatisfying(Outcome.Conflict.class,
                conflict -> assertThat(conflict.field()).isEqualTo("user_id"));
        assertThat(store.loadRole(project.id(), ada)).contains(ProjectRole.OWNER);
    }

    @Test
    void one_of_two_owners_may_leave() {
        value(change.changeRole(new ChangeMemberRoleCommand(ada, project.id(), eddie, ProjectRole.OWNER)));

        assertThat(remove.removeMember(new RemoveProjectMemberCommand(ada, project.id(), ada)))
                .isInstanceOf(Outcome.Success.class);
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(eddie, project.id(), eddie)))
                .isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void removing_a_non_member_or_from_a_missing_project_is_not_found() {
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(ada, project.id(), stranger)))
                .isEqualTo(Outcome.notFound("member " + stranger + " in project " + project.id()));
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(stranger, project.id(), stranger)))
                .isEqualTo(Outcome.notFound("project " + project.id()));
        assertThat(remove.removeMember(new RemoveProjectMemberCommand(ada, ProjectId.random(), ada)))
                .isInstanceOf(Outcome.NotFound.class);
    }
}
