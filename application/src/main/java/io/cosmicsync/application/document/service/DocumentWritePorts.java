package io.cosmicsync.application.document.service;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.document.port.out.CheckDocumentPort;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import java.util.Objects;

/**
 * What the document writing services use: the access policy and the collection definitions (who may write
 * where), the schema check, the sync core (read the current document, apply mutations) and the read port
 * (the stored result).
 *
 * @param policy             decides WRITE access
 * @param loadCollection     the collection and its current schema version
 * @param checkDocument      schema validation and collaborative text fields
 * @param readDocument       the sync core's view of the current document
 * @param applyLocalMutation the sync core's only entry for local writes
 * @param queryDocuments     reads the stored document back
 */
public record DocumentWritePorts(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                 CheckDocumentPort checkDocument, ReadDocumentUseCase readDocument,
                                 ApplyLocalMutationUseCase applyLocalMutation, QueryDocumentsPort queryDocuments) {

    public DocumentWritePorts {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(loadCollection, "loadCollection");
        Objects.requireNonNull(checkDocument, "checkDocument");
        Objects.requireNonNull(readDocument, "readDocument");
        Objects.requireNonNull(applyLocalMutation, "applyLocalMutation");
        Objects.requireNonNull(queryDocuments, "queryDocuments");
    }

    DocumentAccess access() {
        return new DocumentAccess(policy, loadCollection);
    }

    DocumentWriter writer() {
        return new DocumentWriter(checkDocument, applyLocalMutation, queryDocuments);
    }
}
