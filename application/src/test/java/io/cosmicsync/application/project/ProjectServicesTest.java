package io.cosmicsync.application.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.common.fakes.FakeTransactions;
import io.cosmicsync.application.common.fakes.InMemoryStore;
import io.cosmicsync.application.common.fakes.MutableClock;
import io.cosmicsync.application.project.port.in.CreateProjectCommand;
import io.cosmicsync.application.project.port.in.DeleteProjectCommand;
import io.cosmicsync.application.project.port.in.UpdateProjectCommand;
import io.cosmicsync.application.project.service.CreateProjectService;
import io.cosmicsync.application.project.service.DeleteProjectService;
import io.cosmicsync.application.project.service.GetProjectService;
import io.cosmicsync.application.project.service.UpdateProjectService;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProjectServicesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = new MutableClock(T0);
    private final FakeTransactions transactions = new FakeTransactions(store);
    private final CreateProjectService create = new CreateProjectService(store, clock);
    private final GetProjectService get = new GetProjectService(store);
    private final UpdateProjectService update = new UpdateProjectService(store, store, transactions, clock);
    private final DeleteProjectService delete = new DeleteProjectService(store, store, transactions);

    private Project adasProject() {
        return create.createProject(new CreateProjectCommand(ADA, "Cosmic", "A sync engine"));
    }

    @Test
    void creates_a_project_owned_by_the_caller_and_stores_it() {
        Project project = adasProject();

        assertThat(project.creatorId()).isEqualTo(ADA);
        assertThat(project.createdAt()).isEqualTo(T0);
        assertThat(store.loadProject(project.id())).containsSame(project);
    }

    @Test
    void refuses_to_create_an_invalid_project_and_stores_nothing() {
        assertThatThrownBy(() -> create.createProject(new CreateProjectCommand(ADA, "  ", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> create.createProject(new CreateProjectCommand(ADA, "ok", "d".repeat(2001))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("description"));
        assertThat(store.projectCount()).isZero();
    }

    @Test
    void gets_a_project_or_answers_not_found() {
        Project project = adasProject();

        assertThat(get.getProject(project.id())).isEqualTo(Outcome.success(project));
        assertThat(get.getProject(ProjectId.random())).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void lets_the_creator_update_keeping_creator_and_creation_time() {
        Project project = adasProject();
        clock.advance(Duration.ofDays(1));

        Outcome<Project> outcome = update.updateProject(new UpdateProjectCommand(ADA, project.id(), "Cosmic 2", null));

        Project updated = ((Outcome.Success<Project>) outcome).value();
        assertThat(updated.name()).isEqualTo("Cosmic 2");
        assertThat(updated.description()).isEqualTo("A sync engine");
        assertThat(updated.creatorId()).isEqualTo(ADA);
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(store.loadProject(project.id())).containsSame(updated);
    }

    @Test
    void forbids_anyone_but_the_creator_to_update() {
        Project project = adasProject();

        Outcome<Project> outcome = update.updateProject(new UpdateProjectCommand(BOB, project.id(), "Bob's", null));

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.loadProject(project.id())).containsSame(project);
    }

    @Test
    void answers_not_found_when_updating_a_missing_project() {
        assertThat(update.updateProject(new UpdateProjectCommand(ADA, ProjectId.random(), "x", null)))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void refuses_an_invalid_update_and_keeps_the_stored_project() {
        Project project = adasProject();

        assertThatThrownBy(() -> update.updateProject(new UpdateProjectCommand(ADA, project.id(), "", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(store.loadProject(project.id())).containsSame(project);
    }

    @Test
    void lets_the_creator_delete() {
        Project project = adasProject();

        assertThat(delete.deleteProject(new DeleteProjectCommand(ADA, project.id())))
                .isEqualTo(Outcome.success(project.id()));
        assertThat(store.loadProject(project.id())).isEmpty();
        assertThat(get.getProject(project.id())).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void forbids_anyone_but_the_creator_to_delete() {
        Project project = adasProject();

        assertThat(delete.deleteProject(new DeleteProjectCommand(BOB, project.id())))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.loadProject(project.id())).isPresent();
    }

    @Test
    void answers_not_found_when_deleting_a_missing_or_already_deleted_project() {
        Project project = adasProject();
        delete.deleteProject(new DeleteProjectCommand(ADA, project.id()));

        assertThat(delete.deleteProject(new DeleteProjectCommand(ADA, project.id())))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(delete.deleteProject(new DeleteProjectCommand(ADA, ProjectId.random())))
                .isInstanceOf(Outcome.NotFound.class);
    }
}
