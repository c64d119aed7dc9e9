package io.cosmicsync.application.document.service;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DocumentAddress;
import io.cosmicsync.application.document.port.in.GetDocumentQuery;
import io.cosmicsync.application.document.port.in.GetDocumentUseCase;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.ProjectAction;

/** Implements {@link GetDocumentUseCase} from the materialized JSON. */
public final class GetDocumentService implements GetDocumentUseCase {

    private final DocumentAccess access;
    private final QueryDocumentsPort queryDocuments;

    public GetDocumentService(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                              QueryDocumentsPort queryDocuments) {
        this.access = new DocumentAccess(policy, loadCollection);
        this.queryDocuments = queryDocuments;
    }

    @Override
    public Outcome<StoredDocument> getDocument(GetDocumentQuery query) {
        DocumentAddress address = DocumentAddress.of(query.projectId(), query.collection(), query.id());
        Outcome<Collection> collection = access.collection(query.actor(), query.projectId(), address.collection(),
                ProjectAction.READ);
        if (!(collection instanceof Outcome.Success<Collection>)) {
            return DocumentAccess.refusal(collection);
        }
        return queryDocuments.findDocument(address.ref(), query.fields()).<Outcome<StoredDocument>>map(Outcome::success)
                .orElseGet(() -> DocumentAccess.noDocument(address.id(), address.collection()));
    }
}
