package io.cosmicsync.application.transfer.port.out;

import io.cosmicsync.application.transfer.ArchivedDocument;
import java.util.List;

/** Reads the current JSON of a scope's documents, for exports. */
public interface LoadProjectDocumentsPort {

    /** Every live (not deleted) document of {@code scope}, ordered by collection, then id. */
    List<ArchivedDocument> loadDocuments(String scope);
}
