package io.cosmicsync.adapter.persistence.project;

import io.cosmicsync.adapter.persistence.common.StorageCalls;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@link LoadProjectPort} and {@link SaveProjectPort} on the {@code projects} table.
 *
 * <p>Only name, description and {@code updated_at} change on update. Inserting an existing id or
 * updating a missing project is a {@link StorageException}, as is any store failure.
 */
@Singleton
public final class ProjectPersistenceAdapter implements LoadProjectPort, SaveProjectPort {

    private final ProjectRepository projects;

    ProjectPersistenceAdapter(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Optional<Project> loadProject(ProjectId id) {
        return StorageCalls.call("loading project " + id,
                () -> projects.findById(id.value()).map(ProjectMapper::toDomain));
    }

    @Override
    public void insertProject(Project project) {
        StorageCalls.run("inserting project " + project.id(), () -> projects.save(ProjectMapper.toRow(project)));
    }

    @Override
    public void updateProject(Project project) {
        long updated = StorageCalls.call("updating project " + project.id(), () -> projects.update(
                project.id().value(), project.name(), project.description(), project.updatedAt()));
        if (updated != 1) {
            throw new StorageException("project " + project.id() + " was not updated: there is no such project");
        }
    }

    @Override
    public boolean deleteProject(ProjectId id) {
        return StorageCalls.call("deleting project " + id, () -> projects.deleteById(id.value())) > 0;
    }
}
