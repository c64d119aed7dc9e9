package io.cosmicsync.application.document.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DocumentAddress;
import io.cosmicsync.application.document.port.in.EditTextCommand;
import io.cosmicsync.application.document.port.in.EditTextUseCase;
import io.cosmicsync.application.document.port.in.TextEdit;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Implements {@link EditTextUseCase}: the edits become text deletes and inserts of one change. The text is
 * read, the edits checked against it and applied in separate steps, like an app would: an edit that
 * no longer fits because of a concurrent write is refused by the sync core ({@code Invalid}).
 */
public final class EditTextService implements EditTextUseCase {

    private final DocumentAccess access;
    private final ReadDocumentUseCase readDocument;
    private final DocumentWriter writer;

    public EditTextService(DocumentWritePorts ports) {
        this.access = ports.access();
        this.readDocument = ports.readDocument();
        this.writer = ports.writer();
    }

    @Override
    public Outcome<StoredDocument> editText(EditTextCommand command) {
        DocumentAddress address = DocumentAddress.of(command.projectId(), command.collection(), command.id());
        Outcome<Collection> collection = access.collection(command.actor(), command.projectId(),
                address.collection(), ProjectAction.WRITE);
        if (!(collection instanceof Outcome.Success<Collection> found)) {
            return DocumentAccess.refusal(collection);
        }
        Set<String> texts = writer.texts(found.value());
        if (!texts.contains(command.field())) {
            throw new InvalidValueException("field", "'" + command.field() + "' is not a collaborative text field of "
                    + "collection " + address.collection() + "; declare it with \"type\": \"string\", "
                    + "\"x-collaborative\": true, or write it with PUT or PATCH");
        }
        return edit(found.value(), address, texts, command);
    }

    private Outcome<StoredDocument> edit(Collection collection, DocumentAddress address, Set<String> texts,
                                         EditTextCommand command) {
        Optional<DocumentView> view = readDocument.readDocument(new ReadDocumentCommand(address.ref()));
        if (view.isEmpty() || view.get().deleted()) {
            return DocumentAccess.noDocument(address.id(), address.collection());
        }
        Map<String, Value> data = new HashMap<>(DocumentData.of(view));
        String text = view.get().texts().getOrDefault(command.field(), "");
        List<Mutation> mutations = new ArrayList<>();
        for (TextEdit edit : command.edits()) {
            int length = text.codePointCount(0, text.length());
            if (edit.position() > length || (long) edit.position() + edit.delete() > length) {
                return Outcome.invalid("an operation reaches outside the text", List.of(new Outcome.Violation(
                        "operations", "position " + edit.position() + " and delete " + edit.delete()
                        + " do not fit a text of " + length + " code points")));
            }
            int from = text.offsetByCodePoints(0, edit.position());
            int to = text.offsetByCodePoints(from, edit.delete());
            text = text.substring(0, from) + edit.insert() + text.substring(to);
            if (edit.delete() > 0) {
                mutations.add(new Mutation.DeleteText(command.field(), edit.position(), edit.delete()));
            }
            if (!edit.insert().isEmpty()) {
                mutations.add(new Mutation.InsertText(command.field(), edit.position(), edit.insert()));
            }
        }
        data.put(command.field(), new Value.StringValue(text));
        return writer.write(collection, address, data, texts, mutations);
    }
}
