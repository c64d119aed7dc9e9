package io.cosmicsync.application.user.port.in;

import io.cosmicsync.domain.user.UserId;
import java.util.Objects;

/**
 * Change a user's username, e-mail and/or password; {@code null} fields stay as they are.
 *
 * @param actor    the authenticated caller
 * @param target   the user to change; must be {@code actor}
 * @param username new username or null
 * @param email    new e-mail or null
 * @param password new password (8–128 characters) or null
 */
public record UpdateUserCommand(UserId actor, UserId target, String username, String email, char[] password) {

    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String toString() {
        return "UpdateUserCommand[actor=" + actor + ", target=" + target + ", username=" + username
                + ", email=" + email + ", password=" + (password == null ? "unchanged" : "redacted") + "]";
    }
}
