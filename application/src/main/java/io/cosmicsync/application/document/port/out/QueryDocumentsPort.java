package io.cosmicsync.application.document.port.out;

import io.cosmicsync.application.document.query.DocumentPage;
import io.cosmicsync.application.document.query.DocumentSelection;
import io.cosmicsync.application.document.query.StoredDocument;
import io.cosmicsync.domain.collection.FieldPath;
import io.cosmicsync.domain.sync.DocumentRef;
import java.util.List;
import java.util.Optional;

/**
 * Reads the materialized JSON of documents (what the sync core keeps for reading; never their state).
 * Reads take no lock and see every committed write.
 */
public interface QueryDocumentsPort {

    /** The live document {@code ref} showing {@code fields} (all when empty); empty when absent or deleted. */
    Optional<StoredDocument> findDocument(DocumentRef ref, List<FieldPath> fields);

    /**
     * One page of the documents {@code selection} selects.
     *
     * @throws io.cosmicsync.domain.common.InvalidValueException on {@code cursor} when the cursor is not
     *         one this kind of query returned
     */
    DocumentPage queryDocuments(DocumentSelection selection);
}
