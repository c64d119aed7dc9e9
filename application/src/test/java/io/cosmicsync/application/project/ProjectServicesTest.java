package io.cosmicsync.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.GetProjectQuery;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.project.service.DeleteProjectService;
import io.cosmicsync.application.project.service.GetProjectService;
import io.cosmicsync.application.project.service.UpdateProjectService;
import io.cosmicsync.application.user.UserFixtures;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectServicesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final ProjectAccessPolicy policy = new ProjectAccessPolicy(store);
    private final CreateProjectService create = new CreateProjectService(store, store, transactions, clock);
    private final GetProjectService get = new GetProjectService(policy, store);
    private final UpdateProjectService update = new UpdateProjectService(policy, store, store, transactions, clock);
    private final DeleteProjectService delete = new DeleteProjectService(policy, store, transactions);

    private final UserId ada = user("ada");
    private final UserId eddie = user("eddie");
    private final UserId vic = user("vic");
    private final UserId stranger = user("stranger");

    private UserId user(String name) {
        return UserFixtures.register(store, clock, name, "correct horse battery").id();
    }

    /** Ada's project, with Eddie as editor and Vic as viewer. */
    private Project adasProject() {
        Project project = create.createProject(new CreateProjectCommand(ada, "Cosmic", "A sync engine"));
        store.insertMember(new ProjectMember(project.id(), eddie, ProjectRole.EDITOR, T0));
        store.insertMember(new ProjectMember(project.id(), vic, ProjectRole.VIEWER, T0));
        return project;
    }

    @Test
    void creating_a_project_stores_it_and_makes_the_creator_its_owner() {
        Project project = create.createProject(new CreateProjectCommand(ada, "Cosmic", null));

        assertThat(project.creatorId()).isEqualTo(ada);
        assertThat(project.createdAt()).isEqualTo(T0);
        assertThat(store.loadProject(project.id())).containsSame(project);
        assertThat(store.loadMembers(project.id()))
                .containsExactly(new ProjectMember(project.id(), ada, ProjectRole.OWNER, T0));
    }

    @Test
    void a_project_whose_owner_cannot_be_recorded_is_not_created_either() {
        UserId noAccount = UserId.random();

        assertThatThrownBy(() -> create.createProject(new CreateProjectCommand(noAccount, "Orphan", null)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.projectCount()).isZero();
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void refuses_to_create_an_invalid_project_and_stores_nothing() {
        assertThatThrownBy(() -> create.createProject(new CreateProjectCommand(ada, "  ", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> create.createProject(new CreateProjectCommand(ada, "ok", "d".repeat(2001))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("description"));
        assertThat(store.projectCount()).isZero();
        assertThat(store.memberCount()).isZero();
    }

    @Test
    void every_member_reads_the_project() {
        Project project = adasProject();

        for (UserId member : new UserId[] {ada, eddie, vic}) {
            assertThat(get.getProject(new GetProjectQuery(member, project.id()))).isEqualTo(Outcome.success(project));
        }
    }

    @Test
    void a_non_member_cannot_read_the_project_and_cannot_tell_it_exists() {
        Project project = adasProject();

        Outcome<Project> existing = get.getProject(new GetProjectQuery(stranger, project.id()));
        Outcome<Project> missing = get.getProject(new GetProjectQuery(stranger, ProjectId.random()));

        assertThat(existing).isInstanceOf(Outcome.NotFound.class);
        assertThat(missing).isInstanceOf(Outcome.NotFound.class);
        assertThat(((Outcome.NotFound<Project>) existing).what()).isEqualTo("project " + project.id());
    }

    @Test
    void an_editor_changes_the_project_keeping_creator_and_creation_time() {
        Project project = adasProject();
        clock.advance(Duration.ofDays(1));

        Outcome<Project> outcome = update.updateProject(new UpdateProjectCommand(eddie, project.id(), "Cosmic 2", null));

        Project updated = ((Outcome.Success<Project>) outcome).value();
        assertThat(updated.name()).isEqualTo("Cosmic 2");
        assertThat(updated.description()).isEqualTo("A sync engine");
        assertThat(updated.creatorId()).isEqualTo(ada);
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(store.loadProject(project.id())).containsSame(updated);
    }

    @Test
    void the_owner_changes_the_project() {
        Project project = adasProject();

        assertThat(update.updateProject(new UpdateProjectCommand(ada, project.id(), null, "v2")))
                .isInstanceOf(Outcome.Success.class);
        assertThat(store.loadProject(project.id()).orElseThrow().description()).isEqualTo("v2");
    }

    @Test
    void a_viewer_cannot_change_the_project() {
        Project project = adasProject();
        int writes = store.writes();

        Outcome<Project> outcome = update.updateProject(new UpdateProjectCommand(vic, project.id(), "Vic's", null));

        assertThat(outcome).isEqualTo(Outcome.forbidden(
                "a project viewer may not change the project; only owners and editors may"));
        assertThat(store.loadProject(project.id())).containsSame(project);
        assertThat(store.writes()).isEqualTo(writes);
    }

    @Test
    void a_non_member_cannot_change_the_project_and_is_told_it_does_not_exist() {
        Project project = adasProject();

        assertThat(update.updateProject(new UpdateProjectCommand(stranger, project.id(), "Mine", null)))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(store.loadProject(project.id())).containsSame(project);
    }

    @Test
    void answers_not_found_when_updating_a_missing_project() {
        assertThat(update.updateProject(new UpdateProjectCommand(ada, ProjectId.random(), "x", null)))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void refuses_an_invalid_update_and_keeps_the_stored_project() {
        Project project = adasProject();

        assertThatThrownBy(() -> update.updateProject(new UpdateProjectCommand(ada, project.id(), "", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(store.loadProject(project.id())).containsSame(project);
    }

    @Test
    void the_owner_deletes_the_project_with_its_memberships() {
        Project project = adasProject();

        assertThat(delete.deleteProject(new DeleteProjectCommand(ada, project.id())))
                .isEqualTo(Outcome.success(project.id()));
        assertThat(store.loadProject(project.id())).isEmpty();
        assertThat(store.loadMembers(project.id())).isEmpty();
        assertThat(get.getProject(new GetProjectQuery(ada, project.id()))).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void editors_and_viewers_cannot_delete_the_project() {
        Project project = adasProject();

        assertThat(delete.deleteProject(new DeleteProjectCommand(eddie, project.id()))).isEqualTo(
                Outcome.forbidden("a project editor may not delete the project; only owners may"));
        assertThat(delete.deleteProject(new DeleteProjectCommand(vic, project.id())))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.loadProject(project.id())).isPresent();
    }

    @Test
    void a_non_member_cannot_delete_the_project_and_is_told_it_does_not_exist() {
        Project project = adasProject();

        assertThat(delete.deleteProject(new DeleteProjectCommand(stranger, project.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(store.loadProject(project.id())).isPresent();
    }

    @Test
    void answers_not_found_when_deleting_a_missing_or_already_deleted_project() {
        Project project = adasProject();
        delete.deleteProject(new DeleteProjectCommand(ada, project.id()));

        assertThat(delete.deleteProject(new DeleteProjectCommand(ada, project.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(delete.deleteProject(new DeleteProjectCommand(ada, ProjectId.random())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(store.loadRole(project.id(), ada)).isEqualTo(Optional.empty());
    }
}
