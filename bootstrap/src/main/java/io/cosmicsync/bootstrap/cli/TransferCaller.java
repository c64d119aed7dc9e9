package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.bootstrap.OfflineNode;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;

/** Resolves the {@code --as USERNAME} of {@code export} and {@code import project}: the user the command acts for. */
final class TransferCaller {

    /** Exit status for a mistake of the caller (unknown user or project, invalid archive or option). */
    static final int USAGE_ERROR = 3;

    private TransferCaller() {
    }

    /** The user's id; an {@link IllegalArgumentException} naming the user when there is none. */
    static UserId resolve(OfflineNode node, String username) {
        return node.bean(LoadUserPort.class).loadUserByUsername(new Username(username)).map(User::id)
                .orElseThrow(() -> new IllegalArgumentException("no user is named " + username));
    }
}
