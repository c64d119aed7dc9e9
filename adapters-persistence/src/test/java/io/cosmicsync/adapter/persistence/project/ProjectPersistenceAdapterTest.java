package io.cosmicsync.adapter.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectPersistenceAdapterTest extends PostgresTest {

    @Inject
    LoadProjectPort loadProject;
    @Inject
    SaveProjectPort saveProject;

    @Test
    void stores_a_project_and_loads_it_back_field_for_field() {
        Instant created = Instant.parse("2023-12-31T23:59:59.999999Z");
        Project project = Project.reconstitute(ProjectId.random(), "Orbit", "Tracks things", UserId.random(),
                created, created.plusSeconds(5));

        saveProject.insertProject(project);

        Project loaded = loadProject.loadProject(project.id()).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(project);
    }

    @Test
    void updates_name_description_and_update_time() {
        Project project = Project.create("Orbit", "", UserId.random(), TestData.now());
        saveProject.insertProject(project);
        Project renamed = project.update("Orbit 2", "Now with moons", TestData.now().plusSeconds(1));

        saveProject.updateProject(renamed);

        assertThat(loadProject.loadProject(project.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(renamed);
    }

    @Test
    void updating_a_project_that_is_not_stored_is_a_storage_failure() {
        assertThatThrownBy(() -> saveProject.updateProject(Project.create("Ghost", "", UserId.random(), TestData.now())))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void deletes_a_project_and_says_whether_there_was_one() {
        Project project = Project.create("Orbit", "", UserId.random(), TestData.now());
        saveProject.insertProject(project);

        assertThat(saveProject.deleteProject(project.id())).isTrue();
        assertThat(saveProject.deleteProject(project.id())).isFalse();
        assertThat(loadProject.loadProject(project.id())).isEmpty();
    }
}
