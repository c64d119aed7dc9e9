package io.cosmicsync.application.sync.port.in;

/**
 * Applies edits made on this replica: turns them into one {@link io.cosmicsync.domain.sync.Change}
 * stamped by the local hybrid logical clock and depending on the current heads, applies it to the
 * document and appends it to the change log, in one transaction.
 */
public interface ApplyLocalMutationUseCase {

    LocalMutationResult applyLocalMutation(ApplyLocalMutationCommand command);
}
