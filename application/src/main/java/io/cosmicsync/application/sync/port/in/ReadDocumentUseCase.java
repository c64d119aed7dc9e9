package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.DocumentView;
import java.util.Optional;

/** What an app sees of a document: fields resolved by the collection's conflict policy; empty if never seen. */
public interface ReadDocumentUseCase {

    Optional<DocumentView> readDocument(ReadDocumentCommand command);
}
