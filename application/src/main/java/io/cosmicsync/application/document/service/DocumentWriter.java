package io.cosmicsync.application.document.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.port.in.DocumentAddress;
import io.cosmicsync.application.document.port.out.CheckDocumentPort;
import io.cosmicsync.application.document.port.out.QueryDocumentsPort;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationCommand;
import io.cosmicsync.application.sync.port.in.ApplyLocalMutationUseCase;
import io.cosmicsync.application.sync.port.in.LocalMutationResult;
import io.cosmicsync.application.sync.port.in.Mutation;
import io.cosmicsync.domain.collection.Collection;
import io.cosmicsync.domain.collection.SchemaVersion;
import io.cosmicsync.domain.sync.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last steps every document write shares: check the resulting document against the collection's
 * current schema and the node's rules, hand the mutations to the sync core, read the stored result.
 */
final class DocumentWriter {

    private final CheckDocumentPort checkDocument;
    private final ApplyLocalMutationUseCase applyLocalMutation;
    private final QueryDocumentsPort queryDocuments;

    DocumentWriter(CheckDocumentPort checkDocument, ApplyLocalMutationUseCase applyLocalMutation,
                   QueryDocumentsPort queryDocuments) {
        this.checkDocument = checkDocument;
        this.applyLocalMutation = applyLocalMutation;
        this.queryDocuments = queryDocuments;
    }

    /** The collaborative text fields of the collection's current version. */
    Set<String> texts(Collection collection) {
        return checkDocument.collaborativeTextFields(collection.current().schema());
    }

    /**
     * Writes {@code mutations} when {@code result} (the document they produce) is valid: {@code Invalid}
     * listing the violations otherwise, or when the sync core refuses; the stored document on success.
     */
    Outcome<StoredDocument> write(Collection collection, DocumentAddress address, Map<String, Value> result,
                                  Set<String> texts, List<Mutation> mutations) {
        SchemaVersion current = collection.current();
        List<Outcome.Violation> violations = new ArrayList<>(checkDocument.violations(current.schema(), result));
        violations.addAll(DocumentData.ruleViolations(result, texts, current.indexes()));
        if (!violations.isEmpty()) {
            return Outcome.invalid("the document does not match collection " + collection.name() + " (version "
                    + current.version() + ")", violations);
        }
        if (!mutations.isEmpty()) {
            LocalMutationResult applied = applyLocalMutation.applyLocalMutation(
                    new ApplyLocalMutationCommand(address.ref(), mutations));
            if (applied instanceof LocalMutationResult.Refused refused) {
                return Outcome.invalid(refused.reason(), List.of(new Outcome.Violation("", refused.reason())));
            }
        }
        return queryDocuments.findDocument(address.ref(), List.of()).<Outcome<StoredDocument>>map(Outcome::success)
                .orElseGet(() -> DocumentAccess.noDocument(address.id(), address.collection()));
    }
}
