package io.cosmicsync.application.user.service;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.user.port.in.GrantNodeAdminCommand;
import io.cosmicsync.application.user.port.in.GrantNodeAdminUseCase;
import io.cosmicsync.application.user.port.out.NodeAdminPort;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;

/** Sets a user's node-admin flag by username. */
public final class GrantNodeAdminService implements GrantNodeAdminUseCase {

    private final NodeAdminPort nodeAdmins;

    public GrantNodeAdminService(NodeAdminPort nodeAdmins) {
        this.nodeAdmins = nodeAdmins;
    }

    @Override
    public Outcome<UserId> grantNodeAdmin(GrantNodeAdminCommand command) {
        Username username = new Username(command.username());
        return nodeAdmins.setNodeAdmin(username, command.admin())
                .<Outcome<UserId>>map(Outcome::success)
                .orElseGet(() -> Outcome.notFound("user named " + username));
    }
}
