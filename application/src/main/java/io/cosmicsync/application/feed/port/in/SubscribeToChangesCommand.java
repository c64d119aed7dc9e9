package io.cosmicsync.application.feed.port.in;

import io.cosmicsync.application.feed.ChangeFeedListener;
import io.cosmicsync.domain.user.UserId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Subscribe {@code actor} to the changes of {@code scopes}.
 *
 * @param actor    the authenticated caller
 * @param scopes   1 to {@link SubscribeToChangesUseCase#MAX_SCOPES} scopes (project ids)
 * @param after    the cursor: deliver changes with a greater position; {@code null} for "from now on"
 * @param listener receives the changes and the end of the feed
 */
public record SubscribeToChangesCommand(UserId actor, Set<String> scopes, Long after, ChangeFeedListener listener) {

    public SubscribeToChangesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(listener, "listener");
        if (scopes == null || scopes.isEmpty() || scopes.size() > SubscribeToChangesUseCase.MAX_SCOPES) {
            throw new IllegalArgumentException("a subscription names 1 to " + SubscribeToChangesUseCase.MAX_SCOPES + " scopes");
        }
        scopes = Set.copyOf(new TreeSet<>(scopes));
        if (after != null && after < 0) {
            throw new IllegalArgumentException("a cursor is not negative, got " + after);
        }
    }
}
