package io.cosmicsync.application.sync.service;

import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.application.sync.port.out.LoadConflictPolicyPort;
import io.cosmicsync.application.sync.port.out.LoadDocumentPort;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import java.util.Optional;

/** Implements {@link ReadDocumentUseCase}: loads the document and resolves it with its collection's policy. */
public final class ReadDocumentService implements ReadDocumentUseCase {
    private final LoadDocumentPort loadDocument;
    private final LoadConflictPolicyPort loadPolicy;

    public ReadDocumentService(LoadDocumentPort loadDocument, LoadConflictPolicyPort loadPolicy) {
        this.loadDocument = loadDocument;
        this.loadPolicy = loadPolicy;
    }

    @Override
    public Optional<DocumentView> readDocument(ReadDocumentCommand command) {
        DocumentRef ref = command.document();
        return loadDocument.loadDocument(ref).map(d -> d.view(loadPolicy.loadConflictPolicy(ref.scope(), ref.collection())));
    }
}
