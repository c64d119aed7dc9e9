package io.cosmicsync.application.document.service;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.QueryDocumentsQuery;
import io.cosmicsync.application.document.port.in.QueryDocumentsUseCase;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.document.query.DocumentPage;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.ProjectAction;

/** Implements {@link QueryDocumentsUseCase} on the materialized JSON. */
public final class QueryDocumentsService implements QueryDocumentsUseCase {

    private final DocumentAccess access;
    private final QueryDocumentsPort queryDocuments;

    public QueryDocumentsService(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                 QueryDocumentsPort queryDocuments) {
        this.access = new DocumentAccess(policy, loadCollection);
        this.queryDocuments = queryDocuments;
    }

    @Override
    public Outcome<DocumentPage> queryDocuments(QueryDocumentsQuery query) {
        DocumentSelection selection = query.selection();
        Outcome<Collection> collection = access.collection(query.actor(), selection.projectId(),
                selection.collection(), ProjectAction.READ);
        if (!(collection instanceof Outcome.Success<Collection>)) {
            return DocumentAccess.refusal(collection);
        }
        return Outcome.success(queryDocuments.queryDocuments(selection));
    }
}
