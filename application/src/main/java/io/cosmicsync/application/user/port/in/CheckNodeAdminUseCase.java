package io.cosmicsync.application.user.port.in;

import io.cosmicsync.domain.user.UserId;

/** Tells whether a user administers this node (may rebuild recommendations and run node-wide jobs). */
public interface CheckNodeAdminUseCase {

    /** False also for an unknown user. */
    boolean isNodeAdmin(UserId userId);
}
