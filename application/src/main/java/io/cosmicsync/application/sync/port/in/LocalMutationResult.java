package io.cosmicsync.application.sync.port.in;

import io.cosmicsync.domain.sync.Change;

/** The outcome of {@link ApplyLocalMutationUseCase}. */
public sealed interface LocalMutationResult {

    /** Applied and logged; {@code change} is what to publish to peers. */
    record Applied(Change change) implements LocalMutationResult {
    }

    /** Nothing was changed, for {@code reason} (document deleted, text position outside the text). */
    record Refused(String reason) implements LocalMutationResult {
    }
}
