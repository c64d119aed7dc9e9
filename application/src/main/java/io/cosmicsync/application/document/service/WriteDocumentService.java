package io.cosmicsync.application.document.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DocumentAddress;
import io.cosmicsync.application.document.port.in.WriteDocumentCommand;
import io.cosmicsync.application.document.port.in.WriteDocumentUseCase;
import io.cosmicsync.application.document.port.in.WriteMode;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.CollectionName;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Implements {@link WriteDocumentUseCase}: reads the current document, computes the mutations and hands
 * them to the sync core, which applies them in its own transaction (and tells subscribers and peers after
 * its commit). A write that lands between the read and the apply is a concurrent edit, resolved per field
 * as a peer's would be.
 */
public final class WriteDocumentService implements WriteDocumentUseCase {

    private final DocumentAccess access;
    private final ReadDocumentUseCase readDocument;
    private final DocumentWriter writer;

    public WriteDocumentService(DocumentWritePorts ports) {
        this.access = ports.access();
        this.readDocument = ports.readDocument();
        this.writer = ports.writer();
    }

    @Override
    public Outcome<StoredDocument> writeDocument(WriteDocumentCommand command) {
        String id = command.id() == null && command.mode() == WriteMode.CREATE ? UUID.randomUUID().toString()
                : command.id();
        DocumentAddress address = DocumentAddress.of(command.projectId(), command.collection(), id);
        DocumentData.checkNames(command.fields().keySet());
        Outcome<Collection> collection = access.collection(command.actor(), command.projectId(),
                address.collection(), ProjectAction.WRITE);
        if (!(collection instanceof Outcome.Success<Collection> found)) {
            return DocumentAccess.refusal(collection);
        }
        return write(found.value(), address, command);
    }

    private Outcome<StoredDocument> write(Collection collection, DocumentAddress address, WriteDocumentCommand command) {
        Optional<DocumentView> view = readDocument.readDocument(new ReadDocumentCommand(address.ref()));
        boolean deleted = view.map(DocumentView::deleted).orElse(false);
        CollectionName name = address.collection();
        if (command.mode() == WriteMode.CREATE && view.isPresent()) {
            return Outcome.conflict("id", deleted ? "document " + address.id() + " was deleted and its id is not "
                    + "reused" : "collection " + name + " already has a document " + address.id()
                    + "; replace or patch it instead");
        }
        if (deleted || (command.mode() == WriteMode.MERGE && view.isEmpty())) {
            return DocumentAccess.noDocument(address.id(), name);
        }
        Map<String, Value> before = DocumentData.of(view);
        Map<String, Value> after = command.mode() == WriteMode.MERGE
                ? DocumentData.mergePatch(before, command.fields()) : command.fields();
        Set<String> texts = writer.texts(collection);
        List<Mutation> mutations = DocumentData.mutations(before, after, texts);
        if (view.isEmpty() && mutations.isEmpty()) {
            return Outcome.invalid("a new document needs at least one non-empty field",
                    List.of(new Outcome.Violation("", "give at least one field")));
        }
        return writer.write(collection, address, after, texts, mutations);
    }
}
