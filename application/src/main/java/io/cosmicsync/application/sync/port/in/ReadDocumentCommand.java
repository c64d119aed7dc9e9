package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.DocumentRef;

/** Asks for the resolved view of {@code document}. */
public record ReadDocumentCommand(DocumentRef document) {

    public ReadDocumentCommand {
        if (document == null) {
            throw new IllegalArgumentException("needs a document");
        }
    }
}
