package io.cosmicsync.application.user.service;

import io.cosmicsync.application.user.port.in.CheckNodeAdminUseCase;
import io.cosmicsync.application.user.port.out.NodeAdminPort;
import io.cosmicsync.domain.user.UserId;

/** Reads a user's node-admin flag. */
public final class CheckNodeAdminService implements CheckNodeAdminUseCase {

    private final NodeAdminPort nodeAdmins;

    public CheckNodeAdminService(NodeAdminPort nodeAdmins) {
        this.nodeAdmins = nodeAdmins;
    }

    @Override
    public boolean isNodeAdmin(UserId userId) {
        return nodeAdmins.isNodeAdmin(userId);
    }
}
