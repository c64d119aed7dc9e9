package io.cosmicsync.application.document.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.document.query.StoredDocument;

/**
 * Applies insert/delete operations to a collaborative text field through the sync core (a sequence CRDT:
 * concurrent edits on other nodes merge). Refusals: {@code NotFound} (no such project, collection or live
 * document, or not a member), {@code Forbidden} for viewers, {@code Invalid} when a position is outside
 * the text or the resulting document breaks the schema. A field that is not declared collaborative
 * throws {@code InvalidValueException} on {@code field}. On success: the stored document.
 */
public interface EditTextUseCase {

    Outcome<StoredDocument> editText(EditTextCommand command);
}
