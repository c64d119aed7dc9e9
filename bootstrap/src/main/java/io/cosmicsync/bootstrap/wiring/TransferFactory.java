package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.collection.port.in.ChangeCollectionSchemaUseCase;
import io.cosmicsync.application.collection.port.in.DefineCollectionUseCase;
import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.project.port.in.CreateProjectUseCase;
import io.cosmicsync.application.project.port.in.DeleteProjectUseCase;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.transfer.port.in.ExportProjectUseCase;
import io.cosmicsync.application.transfer.port.in.ImportProjectUseCase;
import io.cosmicsync.application.transfer.port.out.LoadProjectDocumentsPort;
import io.cosmicsync.application.transfer.service.ExportProjectService;
import io.cosmicsync.application.transfer.service.ImportProjectService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds project export and import (docs/export-import.md). */
@Factory
public class TransferFactory {

    @Singleton
    ExportProjectUseCase exportProject(ProjectAccessPolicy policy, LoadProjectPort loadProject, LoadCollectionPort loadCollections,
                                       LoadProjectDocumentsPort loadDocuments) {
        return new ExportProjectService(policy, loadProject, loadCollections, loadDocuments);
    }

    @Singleton
    ImportProjectUseCase importProject(CreateProjectUseCase createProject, DeleteProjectUseCase deleteProject,
                                       DefineCollectionUseCase defineCollection, ChangeCollectionSchemaUseCase changeSchema,
                                       ApplyLocalMutationUseCase applyLocalMutation) {
        return new ImportProjectService(createProject, deleteProject, defineCollection, changeSchema, applyLocalMutation);
    }
}
