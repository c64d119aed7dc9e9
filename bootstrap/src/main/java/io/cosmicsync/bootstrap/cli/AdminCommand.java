package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.application.common.Outcome;
import io.cosmicsync.application.user.port.in.GrantNodeAdminCommand;
import io.cosmicsync.application.user.port.in.GrantNodeAdminUseCase;
import io.cosmicsync.bootstrap.OfflineNode;
import io.cosmicsync.domain.user.UserId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code cosmicsync admin grant|revoke USERNAME}: the node-admin role (may rebuild recommendations over
 * the API). Run by whoever owns the data directory, with the node stopped; the role reaches the user's
 * next access token (log in again).
 */
@Command(name = "admin", description = "Grant or revoke the node-admin role (the node must be stopped).",
        subcommands = {AdminCommand.Grant.class, AdminCommand.Revoke.class})
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static int set(DataDirOption dataDir, String username, boolean admin) {
        try (OfflineNode node = OfflineNode.open(dataDir.path(), System.getenv())) {
            Outcome<UserId> outcome = node.bean(GrantNodeAdminUseCase.class)
                    .grantNodeAdmin(new GrantNodeAdminCommand(username, admin));
            if (outcome instanceof Outcome.Success<UserId> success) {
                System.out.println((admin ? "granted" : "revoked") + " node admin: " + username + " (" + success.value()
                        + "); it takes effect at the user's next login");
                return 0;
            }
            System.err.println("cosmicsync: no user is named " + username);
            return 1;
        } catch (RuntimeException e) {
            System.err.println("cosmicsync: " + Failures.message(e));
            return 1;
        }
    }

    @Command(name = "grant", description = "Make USERNAME a node admin.")
    static final class Grant implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return set(dataDir, username, true);
        }
    }

    @Command(name = "revoke", description = "Make USERNAME no longer a node admin.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            return set(dataDir, username, false);
        }
    }
}
