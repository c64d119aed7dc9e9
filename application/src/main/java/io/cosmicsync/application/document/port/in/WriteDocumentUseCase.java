package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.query.StoredDocument;

/**
 * Writes a document through the sync core (one local change, replicated like any other), after checking
 * the result against the collection's current schema. Each top-level field is a last-writer-wins
 * register (a nested object is one value); a collaborative text field is edited as text (the difference
 * to the current text becomes delete/insert operations). Only fields whose value changes are written.
 *
 * <p>Refusals: {@code NotFound} (no such project or collection, the actor is not a member; for MERGE and
 * a deleted document also no such document), {@code Forbidden} for viewers, {@code Conflict} on {@code id}
 * when CREATE names a taken id, {@code Invalid} listing schema violations. A malformed id, collection
 * name or field name throws {@code InvalidValueException}. On success: the stored document.
 */
public interface WriteDocumentUseCase {

    Outcome<StoredDocument> writeDocument(WriteDocumentCommand command);
}
