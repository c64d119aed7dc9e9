package io.cosmicsync.application.transfer.port.in;

import io.cosmicsync.domain.project.Project;

/**
 * Imports an archive as a new project owned by the importing user: creates the project, defines its
 * collections version by version, and writes every document through the sync core (one local change per
 * document), so the data replicates like any other. Everything is checked before anything is written; an
 * invalid archive is refused with an {@code InvalidValueException} naming the offending part. If a write
 * fails after the project was created, the project is deleted again (documents already written stay in the
 * change log under the deleted project's scope) and the failure is rethrown.
 */
public interface ImportProjectUseCase {

    Project importProject(ImportProjectCommand command);
}
