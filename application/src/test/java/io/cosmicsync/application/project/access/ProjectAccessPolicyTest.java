package io.cosmicsync.application.project.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessQuery;
import io.cosmicsync.application.project.access.service.CheckProjectAccessService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ProjectAccessPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** Which roles may do each action, written out independently of {@link ProjectRole}. */
    private static final Map<ProjectAction, Set<ProjectRole>> ALLOWED = Map.of(
            ProjectAction.READ, Set.of(ProjectRole.OWNER, ProjectRole.EDITOR, ProjectRole.VIEWER),
            ProjectAction.SUBSCRIBE, Set.of(ProjectRole.OWNER, ProjectRole.EDITOR, ProjectRole.VIEWER),
            ProjectAction.WRITE, Set.of(ProjectRole.OWNER, ProjectRole.EDITOR),
            ProjectAction.MANAGE_MEMBERS, Set.of(ProjectRole.OWNER),
            ProjectAction.DELETE, Set.of(ProjectRole.OWNER));

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final ProjectAccessPolicy policy = new ProjectAccessPolicy(store);
    private final Project project = Project.create("Cosmic", "", UserId.random(), T0);
    private final Map<ProjectRole, UserId> members = Map.of(
            ProjectRole.OWNER, join("olga", ProjectRole.OWNER),
            ProjectRole.EDITOR, join("eddie", ProjectRole.EDITOR),
            ProjectRole.VIEWER, join("vic", ProjectRole.VIEWER));
    private final UserId stranger = UserFixtures.register(store, clock, "stranger", "correct horse battery").id();

    private UserId join(String name, ProjectRole role) {
        if (store.loadProject(project.id()).isEmpty()) {
            store.insertProject(project);
        }
        UserId user = UserFixtures.register(store, clock, name, "correct horse battery").id();
        store.insertMember(new ProjectMember(project.id(), user, role, T0));
        return user;
    }

    @ParameterizedTest
    @EnumSource(ProjectAction.class)
    void every_role_gets_exactly_the_actions_it_permits(ProjectAction action) {
        for (ProjectRole role : ProjectRole.values()) {
            AccessDecision decision = policy.decide(members.get(role), project.id(), action);

            if (ALLOWED.get(action).contains(role)) {
                assertThat(decision).as(role + " " + action).isEqualTo(new AccessDecision.Allowed(role));
            } else {
                assertThat(decision).as(role + " " + action).isInstanceOf(AccessDecision.Forbidden.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ProjectAction.class)
    void a_non_member_may_do_nothing_and_hears_the_project_does_not_exist(ProjectAction action) {
        assertThat(policy.decide(stranger, project.id(), action))
                .isEqualTo(new AccessDecision.NotFound("project " + project.id()));
    }

    @Test
    void a_missing_project_looks_exactly_like_one_the_caller_is_not_a_member_of() {
        ProjectId missing = ProjectId.random();

        assertThat(policy.decide(members.get(ProjectRole.OWNER), missing, ProjectAction.READ))
                .isEqualTo(new AccessDecision.NotFound("project " + missing));
    }

    @Test
    void a_refusal_names_the_callers_role_the_action_and_who_may() {
        assertThat(policy.decide(members.get(ProjectRole.VIEWER), project.id(), ProjectAction.WRITE)).isEqualTo(
                new AccessDecision.Forbidden("a project viewer may not change the project; only owners and editors may"));
        assertThat(policy.decide(members.get(ProjectRole.EDITOR), project.id(), ProjectAction.MANAGE_MEMBERS))
                .isEqualTo(new AccessDecision.Forbidden(
                        "a project editor may not manage the project's members; only owners may"));
    }

    @Test
    void a_decision_follows_a_role_change_at_once() {
        UserId vic = members.get(ProjectRole.VIEWER);
        store.updateMember(new ProjectMember(project.id(), vic, ProjectRole.EDITOR, T0));

        assertThat(policy.decide(vic, project.id(), ProjectAction.WRITE).allowed()).isTrue();

        store.deleteMember(project.id(), vic);

        assertThat(policy.decide(vic, project.id(), ProjectAction.SUBSCRIBE))
                .isInstanceOf(AccessDecision.NotFound.class);
    }

    @Test
    void refusals_become_the_matching_use_case_outcomes_and_an_allowance_is_none() {
        assertThat(new AccessDecision.Forbidden("no").<String>refusal()).isEqualTo(Outcome.forbidden("no"));
        assertThat(new AccessDecision.NotFound("project x").<String>refusal()).isEqualTo(Outcome.notFound("project x"));
        assertThatThrownBy(() -> new AccessDecision.Allowed(ProjectRole.VIEWER).refusal())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_check_use_case_lets_members_subscribe_and_keeps_strangers_out() {
        CheckProjectAccessService check = new CheckProjectAccessService(policy);

        assertThat(check.checkAccess(new CheckProjectAccessQuery(members.get(ProjectRole.VIEWER), project.id(),
                ProjectAction.SUBSCRIBE))).isEqualTo(new AccessDecision.Allowed(ProjectRole.VIEWER));
        assertThat(check.checkAccess(new CheckProjectAccessQuery(stranger, project.id(), ProjectAction.SUBSCRIBE)))
                .isInstanceOf(AccessDecision.NotFound.class);
        assertThat(check.checkAccess(new CheckProjectAccessQuery(stranger, project.id(), ProjectAction.READ)))
                .isInstanceOf(AccessDecision.NotFound.class);
    }
}
