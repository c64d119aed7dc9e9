package io.cosmicsync.application.feed;

import io.cosmicsync.domain.sync.DocumentRef;
import java.util.Objects;

/**
 * A document a logged change touched, as it is now: its current JSON (the {@code data} column of
 * {@code sync_documents}, one flat object, see docs/sync-core.md), which may already include later changes.
 *
 * @param ref      scope (project id), collection and document id
 * @param deleted  whether the document is a tombstone (then {@code dataJson} is {@code {}})
 * @param dataJson the document's current JSON object as text; {@code {}} when no state is stored
 */
public record FeedDocument(DocumentRef ref, boolean deleted, String dataJson) {

    public FeedDocument {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(dataJson, "dataJson");
    }
}
