package io.cosmicsync.application.document.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DeleteDocumentCommand;
import io.cosmicsync.application.document.port.in.DeleteDocumentUseCase;
import io.cosmicsync.application.document.port.in.DocumentAddress;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.project.ProjectAction;
import java.util.List;

/** Implements {@link DeleteDocumentUseCase}: a delete-document mutation through the sync core. */
public final class DeleteDocumentService implements DeleteDocumentUseCase {

    private final DocumentAccess access;
    private final ReadDocumentUseCase readDocument;
    private final ApplyLocalMutationUseCase applyLocalMutation;

    public DeleteDocumentService(DocumentWritePorts ports) {
        this.access = ports.access();
        this.readDocument = ports.readDocument();
        this.applyLocalMutation = ports.applyLocalMutation();
    }

    @Override
    public Outcome<String> deleteDocument(DeleteDocumentCommand command) {
        DocumentAddress address = DocumentAddress.of(command.projectId(), command.collection(), command.id());
        Outcome<Collection> collection = access.collection(command.actor(), command.projectId(),
                address.collection(), ProjectAction.WRITE);
        if (!(collection instanceof Outcome.Success<Collection>)) {
            return DocumentAccess.refusal(collection);
        }
        boolean live = readDocument.readDocument(new ReadDocumentCommand(address.ref()))
                .filter(view -> !view.deleted()).isPresent();
        if (!live) {
            return DocumentAccess.noDocument(address.id(), address.collection());
        }
        LocalMutationResult result = applyLocalMutation.applyLocalMutation(
                new ApplyLocalMutationCommand(address.ref(), List.of(new Mutation.DeleteDocument())));
        if (result instanceof LocalMutationResult.Refused refused) {
            return DocumentAccess.noDocument(address.id(), address.collection());
        }
        return Outcome.success(address.id());
    }
}
