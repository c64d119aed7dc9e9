package io.cosmicsync.application.transfer.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.transfer.ProjectArchive;

/**
 * Exports a project's data: any member ({@code READ}) may; to a non-member the project does not exist.
 * Reads without a transaction: documents written during the export may or may not be included.
 */
public interface ExportProjectUseCase {

    Outcome<ProjectArchive> exportProject(ExportProjectQuery query);
}
