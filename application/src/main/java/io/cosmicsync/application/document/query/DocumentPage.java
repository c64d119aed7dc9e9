package io.cosmicsync.application.document.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a document query.
 *
 * @param items      the documents, in the query's order
 * @param nextCursor the opaque cursor for the next page; empty on the last page
 */
public record DocumentPage(List<StoredDocument> items, Optional<String> nextCursor) {

    public DocumentPage {
        items = List.copyOf(items);
    }
}
