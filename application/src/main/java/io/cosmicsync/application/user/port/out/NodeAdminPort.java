package io.cosmicsync.application.user.port.out;

import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.util.Optional;

/** Reads and writes the node-admin flag of users. */
public interface NodeAdminPort {

    /** Sets the flag of the user named {@code username} (ignoring case); their id, or empty if there is none. */
    Optional<UserId> setNodeAdmin(Username username, boolean admin);

    /** The flag of {@code userId}; false for an unknown user. */
    boolean isNodeAdmin(UserId userId);
}
