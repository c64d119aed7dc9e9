package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.query.StoredDocument;

/** Reads one live document for any member; {@code NotFound} for no such project, collection or document, or a non-member. */
public interface GetDocumentUseCase {

    Outcome<StoredDocument> getDocument(GetDocumentQuery query);
}
