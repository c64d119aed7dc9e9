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
import io.cosmicsync.application.document.service.DocumentWritePorts;
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
    DocumentWritePorts documentWritePorts(ProjectAccessPolicy policy, LoadCollectionPort loadCollection,
                                          CheckDocumentPort checkDocument, ReadDocumentUseCase readDocument,
                                          ApplyLocalMutationUseCase applyLocalMutation, QueryDocumentsPort queryDocuments) {
        return new DocumentWritePorts(policy, loadCollection, checkDocument, readDocument, applyLocalMutation,
                queryDocuments);
    }

    @Singleton
    WriteDocumentUseCase writeDocument(DocumentWritePorts ports) {
        return new WriteDocumentService(ports);
    }

    @Singleton
    EditTextUseCase editText(DocumentWritePorts ports) {
        return new EditTextService(ports);
    }

    @Singleton
    DeleteDocumentUseCase deleteDocument(DocumentWritePorts ports) {
        return new DeleteDocumentService(ports);
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
