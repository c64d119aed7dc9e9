package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.common.Outcome;

/**
 * Deletes a document through the sync core. Refusals: {@code NotFound} (no such project, collection or
 * live document, or not a member), {@code Forbidden} for viewers. On success: the deleted document's id.
 */
public interface DeleteDocumentUseCase {

    Outcome<String> deleteDocument(DeleteDocumentCommand command);
}
