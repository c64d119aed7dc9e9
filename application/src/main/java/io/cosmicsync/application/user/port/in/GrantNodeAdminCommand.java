package io.cosmicsync.application.user.port.in;

import java.util.Objects;

/**
 * Makes a user a node administrator, or no longer one.
 *
 * @param username whose role changes (raw, checked by the use case)
 * @param admin    true to grant, false to revoke
 */
public record GrantNodeAdminCommand(String username, boolean admin) {

    public GrantNodeAdminCommand {
        Objects.requireNonNull(username, "username");
    }
}
