package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.collection.port.out.LoadCollectionPort;
import io.cosmicsync.application.document.port.in.DeleteDocumentUseCase;
import io.cosmicsync.application.document.port.in.EditTextUseCase;
import io.cosmicsync.application.document.port.in.GetDocumentUseCase;
import io.cosmicsync.application.document.port.in.QueryDocumentsUseCase;
import io.cosmicsync.application.document.port.in.WriteDocumentUseCase;
import io.cosmicsync.application.document.port.out.CheckDocumentPort;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.document.service.DeleteDocumentService;
import io.cosmicsync.application.document.service.EditTextService;
import io.cosmicsync.application.document.service.GetDocumentService;
import io.cosmicsync.application.document.service.QueryDocumentsService;
import io.cosmicsync.application.document.service.WriteDocumentService;
import io.cosmicsync.application.project.access.ProjectAccessPolicy;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the document use cases; every write goes through the sync core's {@link ApplyLocalMutationUseCase}. */
@Factory
public class DocumentFactory {

    @Singleton
    WriteDocumentUseCase writeDocument(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                       CheckDocumentPort checkDocument, ReadDocumentUseCase readDocument,
                                       ApplyLocalMutationUseCase applyLocalMutation, QueryDocumentsPort queryDocuments) {
        return new WriteDocumentService(policy, loadCollection, checkDocument, readDocument, applyLocalMutation,
                queryDocuments);
    }

    @Singleton
    EditTextUseCase editText(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                             CheckDocumentPort checkDocument, ReadDocumentUseCase readDocument,
                             ApplyLocalMutationUseCase applyLocalMutation, QueryDocumentsPort queryDocuments) {
        return new EditTextService(policy, loadCollection, checkDocument, readDocument, applyLocalMutation,
                queryDocuments);
    }

    @Singleton
    DeleteDocumentUseCase deleteDocument(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                         ReadDocumentUseCase readDocument, ApplyLocalMutationUseCase applyLocalMutation) {
        return new DeleteDocumentService(policy, loadCollection, readDocument, applyLocalMutation);
    }

    @Singleton
    GetDocumentUseCase getDocument(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                   QueryDocumentsPort queryDocuments) {
        return new GetDocumentService(policy, loadCollection, queryDocuments);
    }

    @Singleton
    QueryDocumentsUseCase queryDocuments(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                         QueryDocumentsPort queryDocuments) {
        return new QueryDocumentsService(policy, loadCollection, queryDocuments);
    }
}
