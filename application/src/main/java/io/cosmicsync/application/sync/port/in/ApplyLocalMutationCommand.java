package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.DocumentRef;
import java.util.List;

/**
 * Edits of one document by this replica, to apply atomically as one change.
 *
 * @param document  the document (created on first write)
 * @param mutations applied in order, at least one
 */
public record ApplyLocalMutationCommand(DocumentRef document, List<Mutation> mutations) {

    public ApplyLocalMutationCommand {
        if (document == null || mutations == null || mutations.isEmpty()) {
            throw new IllegalArgumentException("a mutation command needs a document and at least one mutation");
        }
        mutations = List.copyOf(mutations);
    }
}
