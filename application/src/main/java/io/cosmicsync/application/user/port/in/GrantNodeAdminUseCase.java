package io.cosmicsync.application.user.port.in;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.domain.user.UserId;

/**
 * Grants or revokes the node-admin role (operator's command line only: whoever runs it owns the data
 * directory). The role reaches access tokens issued after the change.
 */
public interface GrantNodeAdminUseCase {

    /**
     * @return the user's id; {@code NotFound} when no user has that username
     * @throws io.cosmicsync.domain.common.InvalidValueException on field {@code username} when malformed
     */
    Outcome<UserId> grantNodeAdmin(GrantNodeAdminCommand command);
}
